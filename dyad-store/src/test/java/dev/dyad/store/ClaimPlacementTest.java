package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day and basis each claim is stored with ({@code claims.placed_on}, {@code placed_basis}) are
 * what the claim-date rule gives when read, as it was until they were stored, from the claim's
 * mentions and their events: readers may take the columns instead of the join.
 */
class ClaimPlacementTest {
  /**
   * The rule as analytics read it from the mentions and events before the claims kept it (and as
   * migration V7 fills stores written before): kept here as the reference the columns must equal.
   */
  static final String RULE_FROM_MENTIONS =
      "SELECT claim_id,"
          + " CASE WHEN day IS NOT NULL THEN day WHEN historical THEN NULL ELSE published END,"
          + " CASE WHEN day IS NOT NULL THEN basis WHEN historical THEN NULL"
          + " WHEN published IS NOT NULL THEN 'published' END"
          + " FROM (SELECT c.claim_id, coalesce(d.historical, false) AS historical,"
          + " try_cast(c.first_reported AS DATE) AS published,"
          + " CASE length(d.event_date) WHEN 10 THEN try_cast(d.event_date AS DATE)"
          + " WHEN 7 THEN try_cast(d.event_date || '-01' AS DATE) END AS day,"
          + " CASE length(d.event_date) WHEN 10 THEN 'event_day' WHEN 7 THEN 'event_month' END"
          + " AS basis"
          + " FROM claims c LEFT JOIN (SELECT m.claim_id,"
          + " arg_min(e.event_date, m.ordinal) FILTER (WHERE"
          + " regexp_full_match(e.event_date, '[0-9]{4}-[0-9]{2}(-[0-9]{2})?')) AS event_date,"
          + " bool_or(e.historical) AS historical"
          + " FROM claim_mentions m JOIN events e ON e.event_id = m.event_id"
          + " GROUP BY m.claim_id) d ON d.claim_id = c.claim_id)"
          + " ORDER BY claim_id";

  static final String STORED =
      "SELECT claim_id, placed_on, placed_basis FROM claims ORDER BY claim_id";

  @TempDir Path dir;

  @Test
  void storesEachClaimWithTheDayTheRuleGivesFromItsMentionsAcrossSeveralIngests() {
    List<Document> docs = IncrementalClaimsTest.DOCUMENTS;
    List<String> seen = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("placed.db"))) {
      // Uneven ingests in small batches: claims gain mentions (and earlier dated ones) as they go.
      int[] ends = {docs.size() / 7, docs.size() / 3, docs.size() * 2 / 3, docs.size()};
      int from = 0;
      for (int to : ends) {
        store.ingest(
            docs.subList(from, to).stream(),
            ExampleCorpus.PIPELINE,
            StoreTest.CODER,
            Problems.counting(),
            new IngestSettings(List.of("corpus"), 3, p -> {}, 1));
        from = to;
        List<String> stored = StoreRows.of(store, STORED);
        assertThat(stored).isNotEmpty().isEqualTo(StoreRows.of(store, RULE_FROM_MENTIONS));
        seen.addAll(stored);
      }
    }
    // The corpus exercises every branch of the rule, so the comparison above can tell them apart.
    assertThat(seen).anyMatch(r -> r.endsWith("| event_day"));
    assertThat(seen).anyMatch(r -> r.endsWith("| event_month"));
    assertThat(seen).anyMatch(r -> r.endsWith("| published"));
    assertThat(seen).anyMatch(r -> r.endsWith("| null | null"));
  }
}
