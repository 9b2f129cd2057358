SELECT s.doc_id, s.signature FROM document_signatures s JOIN documents d USING (doc_id)
ORDER BY d.seq
