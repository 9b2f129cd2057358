-- The sentences of the documents stored from a given position on, by their document's seq (which each
-- sentence keeps: V10), so that DuckDB skips the row groups before it by their statistics instead
-- of joining every stored sentence to the documents.
SELECT doc_id, sentence_index, text, start_offset, end_offset, block, kind
FROM sentences
WHERE seq >= ?
ORDER BY seq, sentence_index
