SELECT a.* FROM document_assessments a JOIN documents d USING (doc_id)
ORDER BY d.seq, a.ordinal
