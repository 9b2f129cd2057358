-- Stored events in ingest order; the filters of EventQuery are appended as parameterised ANDs.
SELECT e.* FROM events e JOIN documents d USING (doc_id)
WHERE true
