INSERT INTO sentences (doc_id, sentence_index, text, start_offset, end_offset, block, kind)
VALUES (?, ?, ?, ?, ?, ?, ?)
