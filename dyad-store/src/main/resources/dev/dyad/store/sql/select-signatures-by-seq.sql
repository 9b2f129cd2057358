SELECT s.doc_id, s.signature FROM document_signatures s JOIN documents d USING (doc_id)
WHERE d.seq BETWEEN ? AND ?
ORDER BY d.seq
