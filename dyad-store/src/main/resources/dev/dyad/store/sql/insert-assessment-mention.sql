INSERT INTO assessment_mentions (assessment_id, ordinal, doc_id, family_id, published,
  sentence_index, sentence, topic, direction, actors, cue, trigger_words)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
