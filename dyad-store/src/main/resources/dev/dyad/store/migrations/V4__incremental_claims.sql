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

-- Stores written before this migration have no evidence or bands: forgetting when the claims were
-- built makes the next ingest or recode rebuild them, which fills both.
DELETE FROM store_state WHERE key = 'claims_seq';
