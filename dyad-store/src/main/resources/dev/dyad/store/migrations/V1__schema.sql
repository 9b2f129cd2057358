-- The first schema of the Dyad store.
-- JSON-valued columns are VARCHAR holding JSON text: DuckDB's JSON type needs an extension that
-- may have to be downloaded, and the store must open offline.

-- One row per ingest (or recode) run; a run left 'running' by a killed process is marked
-- 'interrupted' by the next writer.
CREATE TABLE ingest_runs (
  run_id VARCHAR PRIMARY KEY,
  command VARCHAR NOT NULL,
  started TIMESTAMP NOT NULL,
  finished TIMESTAMP,
  inputs VARCHAR NOT NULL,          -- JSON array of the paths given
  documents_read BIGINT NOT NULL DEFAULT 0,
  documents_new BIGINT NOT NULL DEFAULT 0,
  already_stored BIGINT NOT NULL DEFAULT 0,
  skipped BIGINT NOT NULL DEFAULT 0,
  failed BIGINT NOT NULL DEFAULT 0,
  events BIGINT NOT NULL DEFAULT 0,
  status VARCHAR NOT NULL           -- running, done, failed, interrupted
);

-- Cleaned documents. seq is the order of ingest: claims and source families are rebuilt in it, so
-- a rebuild gives what reading the same inputs in one go would give.
CREATE TABLE documents (
  doc_id VARCHAR PRIMARY KEY,
  seq BIGINT NOT NULL UNIQUE,
  uri VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  title VARCHAR,
  published DATE,
  published_alternatives VARCHAR NOT NULL,  -- JSON array of ISO dates when the date is ambiguous
  published_source VARCHAR NOT NULL,        -- metadata, text, none
  published_evidence VARCHAR NOT NULL,
  family_id VARCHAR,                        -- set when claims are rebuilt
  raw_text VARCHAR,                         -- not kept yet: sources are re-read, not stored
  clean_text VARCHAR NOT NULL,
  warnings VARCHAR NOT NULL,                -- JSON array
  metadata VARCHAR NOT NULL,                -- JSON object
  ingested_at TIMESTAMP NOT NULL,
  run_id VARCHAR NOT NULL
);

CREATE TABLE sentences (
  doc_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  block INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, sentence_index)
);

-- Coded events: the fields of the `dyad code` contract, plus the coder that produced them.
CREATE TABLE events (
  event_id VARCHAR PRIMARY KEY,
  doc_id VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,                 -- position in the coder's output for the document
  doc_uri VARCHAR NOT NULL,
  published DATE,
  sentence_index INTEGER NOT NULL,
  sentence VARCHAR NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  source_code VARCHAR NOT NULL,
  source_text VARCHAR NOT NULL,
  target_code VARCHAR NOT NULL,
  target_text VARCHAR NOT NULL,
  event_type VARCHAR NOT NULL,
  mode VARCHAR,
  cameo VARCHAR NOT NULL,
  quad_class INTEGER NOT NULL,
  intensity DOUBLE NOT NULL,
  modality VARCHAR NOT NULL,
  modality_cue VARCHAR,
  event_date VARCHAR,                       -- ISO at the precision the text gives: 2024, 2024-10, 2024-10-03
  date_basis VARCHAR NOT NULL,
  historical BOOLEAN NOT NULL,
  pattern VARCHAR NOT NULL,
  confidence DOUBLE NOT NULL,
  object VARCHAR,
  coder_version VARCHAR NOT NULL,
  dictionary_hash VARCHAR NOT NULL
);
CREATE INDEX events_doc ON events (doc_id);

CREATE TABLE claims (
  claim_id VARCHAR PRIMARY KEY,
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
  published DATE,
  PRIMARY KEY (claim_id, ordinal)
);

CREATE TABLE assessments (
  assessment_id VARCHAR PRIMARY KEY,
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
  trigger_words VARCHAR NOT NULL,
  PRIMARY KEY (assessment_id, ordinal)
);

-- Small facts about the store. claims_seq: the highest document seq the claim tables were built
-- over; when it is behind max(documents.seq) (a run killed before its rebuild), they are rebuilt.
CREATE TABLE store_state (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
