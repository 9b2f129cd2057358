-- Every stored document's id: as a number when it has the 16 hexadecimal digits of dyad-core's
-- DocumentIds (the unsigned 64-bit value shifted into a signed one, KnownIds.number), else as
-- text. Reading numbers costs a tenth of making a Java string of every id.
SELECT
  CASE WHEN regexp_full_match(doc_id, '[0-9a-f]{16}')
    THEN (('0x' || doc_id)::UBIGINT::HUGEINT - 9223372036854775808)::BIGINT END AS number,
  CASE WHEN NOT regexp_full_match(doc_id, '[0-9a-f]{16}') THEN doc_id END AS other
FROM documents
