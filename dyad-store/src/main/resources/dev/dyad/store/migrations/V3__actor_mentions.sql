-- Every dictionary actor named in a stored sentence, whether or not an event was coded from it:
-- who is talked about, beside who did what. Depends on the actor dictionary: recode rewrites it.
-- Documents stored before this migration have no rows until the next recode.
CREATE TABLE actor_mentions (
  doc_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,                 -- position among the sentence's mentions
  start_offset INTEGER NOT NULL,            -- span within the sentence text
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL,                    -- the words as written
  actor_code VARCHAR NOT NULL,              -- as coded on the publication date (RUSGOV)
  country_code VARCHAR NOT NULL,            -- its country or organisation (RUS)
  kind VARCHAR NOT NULL,                    -- country, organization, institution, person, role
  PRIMARY KEY (doc_id, sentence_index, ordinal)
);
CREATE INDEX actor_mentions_code ON actor_mentions (country_code);
