SELECT doc_id, sentence_index, text, start_offset, end_offset, block, kind
FROM sentences s JOIN documents d USING (doc_id)
WHERE d.seq >= ?
ORDER BY d.seq, s.sentence_index
