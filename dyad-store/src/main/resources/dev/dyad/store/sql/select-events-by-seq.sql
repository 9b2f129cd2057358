SELECT e.* FROM events e JOIN documents d USING (doc_id)
ORDER BY d.seq, e.ordinal
