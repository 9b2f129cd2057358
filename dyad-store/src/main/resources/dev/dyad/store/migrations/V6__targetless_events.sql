-- Events with a source and no target (PLOVER's protests, strikes, mobilisations, resignations):
-- their target columns are NULL, in the events, in the claims they merge into (whose claim_key
-- has an empty target: "RUS||MOBILIZE|military|dir|now") and in the evidence the claims are
-- merged from. Dyad questions (dyads, dyad timelines, network edges) leave such rows out; actor
-- questions count them. Migrations.apply runs this file in one transaction with its version row.
-- DuckDB alters no table an index depends on: events_doc (V1) is dropped and made again.
DROP INDEX events_doc;
ALTER TABLE events ALTER COLUMN target_code DROP NOT NULL;
ALTER TABLE events ALTER COLUMN target_text DROP NOT NULL;
CREATE INDEX events_doc ON events (doc_id);
ALTER TABLE claims ALTER COLUMN target_code DROP NOT NULL;
ALTER TABLE claims ALTER COLUMN target_name DROP NOT NULL;
ALTER TABLE claim_evidence ALTER COLUMN target DROP NOT NULL;
