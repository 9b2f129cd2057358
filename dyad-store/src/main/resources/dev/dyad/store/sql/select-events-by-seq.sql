SELECT e.* FROM events e JOIN documents d USING (doc_id)
WHERE d.seq BETWEEN ? AND ?
ORDER BY d.seq, e.ordinal
