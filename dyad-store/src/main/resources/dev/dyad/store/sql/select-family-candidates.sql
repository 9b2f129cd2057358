-- The stored documents sharing a band key with a batch (temporary table batch_bands), with their
-- family, where that family's first document stands in ingest order, and their signature.
SELECT d.doc_id, d.family_id, f.seq AS family_seq, s.signature
FROM (SELECT DISTINCT b.doc_id FROM document_bands b JOIN batch_bands k USING (band_key)) m
JOIN documents d USING (doc_id)
JOIN documents f ON f.doc_id = d.family_id
JOIN document_signatures s ON s.doc_id = d.doc_id
