-- An event id is a hash of document, sentence, span, pattern and parties, so a repeat within a
-- document is the same event: keep the first, as the claim merger does.
INSERT OR IGNORE INTO events (event_id, doc_id, ordinal, doc_uri, published, sentence_index, sentence,
  span_start, span_end, source_code, source_text, target_code, target_text, event_type, mode, cameo,
  quad_class, intensity, modality, modality_cue, event_date, date_basis, historical, pattern,
  confidence, object, coder_version, dictionary_hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
