package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store selects claims wholly in SQL (ClaimCondition); {@link ClaimQuery#matches} is the same
 * filter in Java. On a real store, for every kind of filter, both must choose the same claims.
 * StoreTest checks a few queries against the stateless analysis; this covers each filter alone
 * (prefix codes, either dyad order, case-insensitive text, open date ranges) and in combination.
 */
class ClaimConditionTest {
  static final Path db = IngestedStore.sharedExamples();

  @Test
  void selectsInSqlExactlyTheClaimsTheJavaFilterMatches() {
    List<ClaimQuery> queries =
        List.of(
            ClaimQuery.ALL.withActor("PRK"),
            ClaimQuery.ALL.withActor("IGO"),
            ClaimQuery.ALL.withDyad("RUS", "PRK"),
            ClaimQuery.ALL.withDyad("PRK", "RUS"),
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
        List<String> inJava = all.stream().filter(q::matches).map(Claim::claimId).sorted().toList();
        List<String> inSql = store.claims(q).stream().map(Claim::claimId).sorted().toList();
        // Each filter must narrow the sample corpus to some, but not all, claims to prove anything.
        assertThat(inJava).as(q.toString()).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(inSql).as(q.toString()).isEqualTo(inJava);
      }
    }
  }
}
