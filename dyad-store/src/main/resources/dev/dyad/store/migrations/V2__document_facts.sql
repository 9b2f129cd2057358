-- What the claim rebuild needs from each document, computed once when the document is stored, so
-- that a rebuild replays these rows and the events instead of re-reading every text.
-- A document has its row in document_signatures exactly when its facts were computed: documents
-- stored before this migration have none, and the next rebuild computes theirs from their text.
-- A change to how signatures or assessments are computed must come with a migration that deletes
-- the rows it makes stale.

-- The source-family signature of the cleaned text (dyad-core FamilySignature bytes: compact
-- MinHash and LSH band keys).
CREATE TABLE document_signatures (
  doc_id VARCHAR PRIMARY KEY,
  signature BLOB NOT NULL
);

-- The assessment mentions of a document, without their source family (which depends on the
-- documents stored before it, and is found at rebuild). Actors depend on the actor dictionary:
-- recode extracts them again.
CREATE TABLE document_assessments (
  doc_id VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,                 -- position in the extractor's output for the document
  sentence_index INTEGER NOT NULL,
  sentence VARCHAR NOT NULL,
  topic VARCHAR NOT NULL,
  direction VARCHAR NOT NULL,
  actors VARCHAR NOT NULL,                  -- JSON array of country-level codes
  cue VARCHAR NOT NULL,
  trigger_words VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);
