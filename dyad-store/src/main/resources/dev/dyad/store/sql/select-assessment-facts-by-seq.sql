SELECT a.* FROM document_assessments a JOIN documents d USING (doc_id)
WHERE d.seq BETWEEN ? AND ?
ORDER BY d.seq, a.ordinal
