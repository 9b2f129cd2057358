UPDATE ingest_runs SET finished = ?, status = ? WHERE run_id = ?
