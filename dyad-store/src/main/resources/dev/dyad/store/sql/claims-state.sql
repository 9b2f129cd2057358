SELECT (SELECT coalesce(max(seq), 0) FROM documents),
  (SELECT CAST(value AS BIGINT) FROM store_state WHERE key = 'claims_seq')
