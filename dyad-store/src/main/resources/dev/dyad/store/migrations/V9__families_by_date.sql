-- Source families compare only documents published within dyad-core's FamilyOptions.windowDays
-- of each other (or either undated), so that a new document's candidates are the reports of two
-- months, not every stored report sharing a boilerplate band with it. Each band key keeps its
-- document's publication date, by which the candidate join filters before any signature is read.
-- Families formed before ignored dates: forgetting how far the claims were built makes the next
-- `dyad ingest` (or `dyad recode`) rebuild families, claims and band keys from the stored
-- documents, and until then the store reports its claims as behind its documents.
ALTER TABLE document_bands ADD COLUMN published DATE;
DELETE FROM store_state WHERE key = 'claims_seq';
