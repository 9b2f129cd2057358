UPDATE ingest_runs SET documents_read = ?, documents_new = ?, already_stored = ?, skipped = ?,
  failed = ?, events = ? WHERE run_id = ?
