-- The rows written once with their document (sentences, events, actor mentions) lose their
-- primary-key indexes, as the claim tables did in V4. DuckDB answers no read of them through the
-- index (a lookup by doc_id or event_id is a scan with a filter either way), yet keeps every index
-- up to date at each append and writes it again at each checkpoint: at 400,000 documents the
-- checkpoint after a 1,000-document ingest took 2.2 s with them and 0.6 s without the events' one
-- alone, a cost that grew with the store. The keys stay what they were (doc_id, sentence_index;
-- event_id; doc_id, sentence_index, ordinal): a document is stored once (documents keeps its
-- primary key, and the writer skips stored ids), and its rows are numbered within it. Each table
-- is made again with the same columns and NOT NULL constraints and its rows in the same order.
-- The secondary indexes events_doc (V1) and actor_mentions_code (V3) go too, for the same reason:
-- DuckDB plans a filtered scan for doc_id and country_code with or without them.
-- Migrations.apply runs this file in one transaction with its version row.
DROP INDEX IF EXISTS events_doc;
DROP INDEX IF EXISTS actor_mentions_code;
CREATE TABLE sentences_v11 (
  doc_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  "text" VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  block INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  seq BIGINT
);
INSERT INTO sentences_v11
  SELECT doc_id, sentence_index, "text", start_offset, end_offset, block, kind, seq FROM sentences;
DROP TABLE sentences;
ALTER TABLE sentences_v11 RENAME TO sentences;

CREATE TABLE events_v11 (
  event_id VARCHAR NOT NULL,
  doc_id VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,
  doc_uri VARCHAR NOT NULL,
  published DATE,
  sentence_index INTEGER NOT NULL,
  sentence VARCHAR NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  source_code VARCHAR NOT NULL,
  source_text VARCHAR NOT NULL,
  target_code VARCHAR,
  target_text VARCHAR,
  event_type VARCHAR NOT NULL,
  "mode" VARCHAR,
  cameo VARCHAR NOT NULL,
  quad_class INTEGER NOT NULL,
  intensity DOUBLE NOT NULL,
  modality VARCHAR NOT NULL,
  modality_cue VARCHAR,
  event_date VARCHAR,
  date_basis VARCHAR NOT NULL,
  historical BOOLEAN NOT NULL,
  pattern VARCHAR NOT NULL,
  confidence DOUBLE NOT NULL,
  "object" VARCHAR,
  coder_version VARCHAR NOT NULL,
  dictionary_hash VARCHAR NOT NULL,
  dictionaries VARCHAR DEFAULT 'builtin',
  dictionaries_hash VARCHAR DEFAULT ''
);
INSERT INTO events_v11
  SELECT event_id, doc_id, ordinal, doc_uri, published, sentence_index, sentence, span_start,
    span_end, source_code, source_text, target_code, target_text, event_type, "mode", cameo,
    quad_class, intensity, modality, modality_cue, event_date, date_basis, historical, pattern,
    confidence, "object", coder_version, dictionary_hash, dictionaries, dictionaries_hash
  FROM events;
DROP TABLE events;
ALTER TABLE events_v11 RENAME TO events;

CREATE TABLE actor_mentions_v11 (
  doc_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  "text" VARCHAR NOT NULL,
  actor_code VARCHAR NOT NULL,
  country_code VARCHAR NOT NULL,
  kind VARCHAR NOT NULL
);
INSERT INTO actor_mentions_v11
  SELECT doc_id, sentence_index, ordinal, start_offset, end_offset, "text", actor_code,
    country_code, kind
  FROM actor_mentions;
DROP TABLE actor_mentions;
ALTER TABLE actor_mentions_v11 RENAME TO actor_mentions;
