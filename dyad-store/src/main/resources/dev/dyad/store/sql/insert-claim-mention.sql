INSERT INTO claim_mentions (claim_id, ordinal, event_id, doc_id, family_id, sentence_index,
  modality, modality_cue, published)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
