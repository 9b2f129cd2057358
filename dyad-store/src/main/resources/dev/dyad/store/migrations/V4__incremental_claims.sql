-- What an ingest needs to merge claims, families and assessments for its new documents only,
-- inside the transaction of their batch, instead of replaying the whole corpus.

-- Each stored event as the claim merger keeps it (dyad-core ClaimEvidence): its merge key, when it
-- arrived, its mention and what decides which claim it joins. A claim key's claims are merged
-- again from these rows alone. family_id is the document's family when the document was added,
-- as the claim mentions carry it (a later document that joins two families does not change it).
CREATE TABLE claim_evidence (
  event_id VARCHAR NOT NULL,
  claim_key VARCHAR NOT NULL,               -- source|target|TYPE|mode|sym or dir|hist or now
  arrival BIGINT NOT NULL,                  -- document seq * 2^20 + the event's ordinal
  doc_id VARCHAR NOT NULL,
  family_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  modality VARCHAR NOT NULL,
  modality_cue VARCHAR,
  published DATE,
  source VARCHAR NOT NULL,                  -- country level
  target VARCHAR NOT NULL,
  object_class VARCHAR,
  period_start DATE,                        -- the days the event may have happened on
  period_end DATE,
  source_position INTEGER NOT NULL
);

-- The LSH band keys of each comparable document's family signature: the documents that share a
-- key with a new one are the candidates for its family.
CREATE TABLE document_bands (
  band_key BIGINT NOT NULL,
  doc_id VARCHAR NOT NULL
);

-- The claim and assessment tables are now rewritten a few rows at a time in every batch: without
-- their primary-key indexes, a batch's deletes and appends cost a fraction (each index is kept up
-- to date row by row, and checked again at commit). The keys stay what they were (claim_id;
-- claim_id, ordinal; likewise for assessments), kept by the one writer that fills them. The tables
-- are derived and rebuilt (see the end), so they are made again, empty, with the same columns.
DROP TABLE claim_mentions;
DROP TABLE claims;
DROP TABLE assessment_mentions;
DROP TABLE assessments;

CREATE TABLE claims (
  claim_id VARCHAR NOT NULL,
  statement VARCHAR NOT NULL,
  source_code VARCHAR NOT NULL,
  source_name VARCHAR NOT NULL,
  target_code VARCHAR NOT NULL,
  target_name VARCHAR NOT NULL,
  event_type VARCHAR NOT NULL,
  mode VARCHAR,
  object VARCHAR,
  status VARCHAR NOT NULL,
  documents INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL,
  modality_profile VARCHAR NOT NULL,        -- JSON object: modality label -> documents
  first_reported VARCHAR,
  last_reported VARCHAR
);

CREATE TABLE claim_mentions (
  claim_id VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,
  event_id VARCHAR NOT NULL,
  doc_id VARCHAR NOT NULL,
  family_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  modality VARCHAR NOT NULL,
  modality_cue VARCHAR,
  published DATE
);

CREATE TABLE assessments (
  assessment_id VARCHAR NOT NULL,
  topic VARCHAR NOT NULL,
  direction VARCHAR NOT NULL,
  actors VARCHAR NOT NULL,                  -- JSON array of country-level codes
  statement VARCHAR NOT NULL,
  documents INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL
);

CREATE TABLE assessment_mentions (
  assessment_id VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,
  doc_id VARCHAR NOT NULL,
  family_id VARCHAR NOT NULL,
  published DATE,
  sentence_index INTEGER NOT NULL,
  sentence VARCHAR NOT NULL,
  topic VARCHAR NOT NULL,
  direction VARCHAR NOT NULL,
  actors VARCHAR NOT NULL,                  -- JSON array
  cue VARCHAR NOT NULL,
  trigger_words VARCHAR NOT NULL
);

-- Stores written before this migration have no evidence or bands and now no claims: forgetting
-- when the claims were built makes the next ingest or recode rebuild them, which fills all.
DELETE FROM store_state WHERE key = 'claims_seq';
