package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.query.ClaimQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page of claims chosen in SQL is the same slice of the full, Java-sorted list. */
class ClaimPageTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void ingest() {
    db = IngestedStore.examples(dir.resolve("pages.db"));
  }

  @Test
  void everyPageIsTheSliceOfTheWholeListInItsOrder() {
    List<ClaimQuery> queries =
        List.of(
            ClaimQuery.ALL,
            ClaimQuery.ALL.withDyad("PRK", "RUS"),
            ClaimQuery.ALL.withStatus(ClaimStatus.REPORTED),
            ClaimQuery.ALL.within(
                Optional.of(java.time.LocalDate.of(2026, 4, 1)), Optional.empty()));
    try (Store s = Store.openReadOnly(db)) {
      for (ClaimQuery q : queries) {
        List<Claim> all = s.claims(q);
        assertThat(all).as("%s selects claims", q).isNotEmpty();
        int n = all.size();
        for (int limit : new int[] {1, 7, 50}) {
          for (int offset : new int[] {0, 1, 2, n / 2, n - 1, n, n + 1}) {
            ClaimPage page = s.claims(q, limit, offset);
            assertThat(page.total()).isEqualTo(all.size());
            List<Claim> expected =
                offset >= all.size()
                    ? List.of()
                    : all.subList(offset, Math.min(all.size(), offset + limit));
            assertThat(page.claims())
                .as("%s limit %d offset %d", q, limit, offset)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void anEmptyPageStillCountsTheClaims() {
    try (Store s = Store.openReadOnly(db)) {
      ClaimPage none = s.claims(ClaimQuery.ALL, 0, 0);
      assertThat(none.claims()).isEmpty();
      assertThat(none.total()).isEqualTo(s.claims(ClaimQuery.ALL).size());
    }
  }
}
