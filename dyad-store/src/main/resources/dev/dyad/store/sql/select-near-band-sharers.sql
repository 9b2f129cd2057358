-- The stored documents that share a band key with the batch (temporary table batch_bands) and
-- were published within that key's window [lo, hi], into temporary table family_candidates. A
-- key without a window (lo NULL: some batch document with it has no known date) takes every
-- sharer; a stored document without a known date is near every batch document (FamilyOptions
-- nearInTime). The date filter runs in the join, before any signature is read.
CREATE OR REPLACE TEMPORARY TABLE family_candidates AS
SELECT DISTINCT b.doc_id
FROM document_bands b
JOIN batch_bands k USING (band_key)
WHERE k.lo IS NULL OR b.published IS NULL OR b.published BETWEEN k.lo AND k.hi
