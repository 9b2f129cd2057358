-- Claims no longer span two calendar quarters: each claim key ends with the quarter its events
-- are placed in (dyad-core ClaimQuarter), so that keeping claims in step costs a quarter's news,
-- not the store's. Claims and evidence written before were merged without it: forgetting how far
-- the claims were built makes the next `dyad ingest` (or `dyad recode`) rebuild them from the
-- stored events, and until then the store reports its claims as behind its documents.
DELETE FROM store_state WHERE key = 'claims_seq';
