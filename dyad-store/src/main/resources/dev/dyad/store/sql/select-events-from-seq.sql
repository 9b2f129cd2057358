SELECT e.* FROM events e JOIN documents d USING (doc_id)
WHERE d.seq >= ?
ORDER BY d.seq, e.ordinal
