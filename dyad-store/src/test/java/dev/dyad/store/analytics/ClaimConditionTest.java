package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.store.ClaimCondition;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's SQL translation of a claim query ({@link ClaimCondition}, behind {@link
 * Store#claims}) selects exactly the stored claims that {@link ClaimQuery#matches} passes.
 */
class ClaimConditionTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void ingest() {
    db = CorpusStore.ingest(dir.resolve("dyad.db"));
  }

  @Test
  void selectsInSqlExactlyTheClaimsTheQueryMatches() {
    List<ClaimQuery> queries = List.of(
        ClaimQuery.ALL.withActor("PRK"),
        ClaimQuery.ALL.withActor("IGO"),
        ClaimQuery.ALL.withDyad("RUS", "PRK"),
        ClaimQuery.ALL.withType(EventType.ACCUSE),
        ClaimQuery.ALL.withStatus(ClaimStatus.PLANNED),
        ClaimQuery.ALL.withModality(Modality.ALLEGED),
        ClaimQuery.ALL.withModality(Modality.NEGATED).withDyad("PRK", "RUS"),
        ClaimQuery.ALL.within(Optional.of(LocalDate.of(2026, 5, 21)), Optional.empty()),
        ClaimQuery.ALL.within(Optional.empty(), Optional.of(LocalDate.of(2026, 5, 21))),
        ClaimQuery.ALL.withText("TROOPS"),
        ClaimQuery.ALL.withText("north korea").withActor("USA"));
    try (Store store = Store.openReadOnly(db)) {
      List<Claim> all = store.claims(ClaimQuery.ALL);
      for (ClaimQuery q : queries) {
        List<String> expected = all.stream().filter(q::matches).map(Claim::claimId).sorted().toList();
        assertThat(expected).as(q.toString()).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(store.claims(q).stream().map(Claim::claimId).sorted().toList()).as(q.toString()).isEqualTo(expected);
      }
    }
  }
}
