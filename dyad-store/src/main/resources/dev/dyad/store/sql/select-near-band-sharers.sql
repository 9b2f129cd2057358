-- The stored documents that share a band key with the batch (temporary table batch_bands) and
-- were published within that key's window [lo, hi]. A key without a window (lo NULL: some batch
-- document with it has no known date) takes every sharer; a stored document without a known date
-- is near every batch document (FamilyOptions nearInTime).
--
-- {from} and {to} are the widest window of the batch as DATE literals: constants, so that DuckDB
-- skips the row groups of document_bands outside them by their min/max statistics. Bands are
-- appended in ingest order, which in a stream of news is nearly date order, so a batch reads the
-- weeks around it and not the years before. Undated rows are read apart, by the same statistics.
SELECT DISTINCT doc_id FROM (
  SELECT b.doc_id, b.published, k.lo, k.hi
  FROM document_bands b JOIN batch_bands k USING (band_key)
  WHERE b.published BETWEEN {from} AND {to}
  UNION ALL
  SELECT b.doc_id, b.published, k.lo, k.hi
  FROM document_bands b JOIN batch_bands k USING (band_key)
  WHERE b.published IS NULL
)
WHERE lo IS NULL OR published IS NULL OR published BETWEEN lo AND hi
