-- The stored documents in temporary table family_candidates (those sharing a band key with a
-- batch and near it in time: select-near-band-sharers), with their publication date, their
-- family, where that family's first document stands in ingest order, and their signature. The candidates are few: joined to them, the large tables are scanned through a filter.
SELECT d.doc_id, d.published, d.family_id, f.seq AS family_seq, s.signature
FROM family_candidates c
JOIN documents d ON d.doc_id = c.doc_id
JOIN documents f ON f.doc_id = d.family_id
JOIN document_signatures s ON s.doc_id = c.doc_id
