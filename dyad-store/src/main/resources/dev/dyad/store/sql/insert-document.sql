INSERT INTO documents (doc_id, seq, uri, origin, title, published, published_alternatives,
  published_source, published_evidence, clean_text, warnings, metadata, ingested_at, run_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
