SELECT doc_id, seq, uri, origin, title, published, published_alternatives, published_source,
  published_evidence, family_id, clean_text, warnings, metadata
FROM documents WHERE seq >= ? ORDER BY seq
