-- Only a writer runs this, holding the lock: a run still 'running' lost its process.
UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'
