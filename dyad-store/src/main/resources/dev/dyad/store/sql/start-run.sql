INSERT INTO ingest_runs (run_id, command, started, inputs, status) VALUES (?, ?, ?, ?, 'running')
