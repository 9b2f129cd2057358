-- Each claim keeps where it is placed in time (dyad-core ClaimPlacement), written with the claim,
-- so that analytics read one scan of claims instead of joining every selected claim's mentions
-- and events. placed_on is NULL for a claim the rule leaves unplaced; placed_basis is event_day,
-- event_month or published (ClaimDate.Basis labels). Migrations.apply runs this file in one
-- transaction with its version row.
ALTER TABLE claims ADD COLUMN placed_on DATE;
ALTER TABLE claims ADD COLUMN placed_basis VARCHAR;

-- The claim update merges a key's claims again from its kept evidence: the evidence keeps its
-- event's date (as the events hold it) so that the merged claims can be placed.
ALTER TABLE claim_evidence ADD COLUMN event_date VARCHAR;
UPDATE claim_evidence SET event_date = e.event_date FROM events e
  WHERE e.event_id = claim_evidence.event_id AND e.event_date IS NOT NULL;

-- Claims stored before: placed by the rule as it was read from mentions and events until now.
-- The earliest mention (by ordinal) with a day- or month-precise event date; else none when any
-- mention is historical; else the first report. A malformed date (2024-13) places nothing.
UPDATE claims SET placed_on = p.placed_on, placed_basis = p.placed_basis
FROM (
  SELECT claim_id,
    CASE WHEN day IS NOT NULL THEN day WHEN historical THEN NULL ELSE published END AS placed_on,
    CASE WHEN day IS NOT NULL THEN basis WHEN historical THEN NULL
      WHEN published IS NOT NULL THEN 'published' END AS placed_basis
  FROM (
    SELECT c.claim_id,
      coalesce(d.historical, false) AS historical,
      try_cast(c.first_reported AS DATE) AS published,
      CASE length(d.event_date)
        WHEN 10 THEN try_cast(d.event_date AS DATE)
        WHEN 7 THEN try_cast(d.event_date || '-01' AS DATE)
      END AS day,
      CASE length(d.event_date) WHEN 10 THEN 'event_day' WHEN 7 THEN 'event_month' END AS basis
    FROM claims c
    LEFT JOIN (
      SELECT m.claim_id,
        arg_min(e.event_date, m.ordinal)
          FILTER (WHERE regexp_full_match(e.event_date, '[0-9]{4}-[0-9]{2}(-[0-9]{2})?'))
          AS event_date,
        bool_or(e.historical) AS historical
      FROM claim_mentions m JOIN events e ON e.event_id = m.event_id
      GROUP BY m.claim_id
    ) d ON d.claim_id = c.claim_id
  ) q
) p
WHERE claims.claim_id = p.claim_id AND p.placed_on IS NOT NULL;
