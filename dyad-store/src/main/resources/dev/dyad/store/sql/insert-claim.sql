INSERT INTO claims (claim_id, statement, source_code, source_name, target_code, target_name,
  event_type, mode, object, status, documents, independent_sources, modality_profile,
  first_reported, last_reported)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
