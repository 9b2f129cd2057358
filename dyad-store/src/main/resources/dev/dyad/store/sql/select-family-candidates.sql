-- The family candidates found by select-near-band-sharers ({ids}: their doc ids as string
-- literals), with their publication date, family and signature. A list of constants, not a join:
-- DuckDB then reads the signatures of these rows only, not the whole column.
SELECT d.doc_id, d.published, d.family_id, s.signature
FROM documents d
JOIN document_signatures s ON s.doc_id = d.doc_id
WHERE d.doc_id IN ({ids}) AND s.doc_id IN ({ids})
