package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.ClaimDate;
import dev.dyad.report.analytics.PlacedClaim;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The few weeks' placed claims read for "what changed" are those the claim-date rule places. */
class PlacedClaimsTest {
  static final Path db = IngestedStore.sharedExamples();

  @Test
  void everyWindowHoldsExactlyTheClaimsTheRulePlacesInIt() {
    try (Store store = Store.openReadOnly(db)) {
      for (ClaimQuery filter : List.of(ClaimQuery.ALL, ClaimQuery.ALL.withDyad("PRK", "RUS"))) {
        List<Claim> claims = store.claims(filter);
        Map<String, ClaimDate> dates =
            store.analytics().claimDates(claims.stream().map(Claim::claimId).toList());
        LocalDate first =
            dates.values().stream()
                .map(ClaimDate::date)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last =
            dates.values().stream()
                .map(ClaimDate::date)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        int placedByTextOutsideTheirFirstReport = 0;
        for (LocalDate from = first.minusWeeks(1); !from.isAfter(last); from = from.plusDays(3)) {
          LocalDate to = from.plusWeeks(5).minusDays(1);
          LocalDate a = from;
          TreeSet<String> expected = new TreeSet<>();
          dates.forEach(
              (id, d) -> {
                if (!d.date().isBefore(a) && !d.date().isAfter(to)) {
                  expected.add(id);
                }
              });
          List<PlacedClaim> placed = store.analytics().placedClaims(filter, from, to);
          assertThat(placed.stream().map(PlacedClaim::claimId).toList())
              .as("%s %s..%s", filter, from, to)
              .containsExactlyElementsOf(expected);
          for (PlacedClaim p : placed) {
            assertThat(p.date()).isEqualTo(dates.get(p.claimId()));
            Optional<String> reported =
                claims.stream()
                    .filter(c -> c.claimId().equals(p.claimId()))
                    .findFirst()
                    .orElseThrow()
                    .firstReported();
            boolean reportedInside =
                reported
                    .map(LocalDate::parse)
                    .filter(r -> !r.isBefore(a) && !r.isAfter(to))
                    .isPresent();
            if (!reportedInside) {
              placedByTextOutsideTheirFirstReport++;
            }
          }
        }
        if (filter == ClaimQuery.ALL) {
          // The corpus has claims whose text dates them outside their first report's weeks: the
          // narrowing must find them through their mentions, not only through the report date.
          assertThat(placedByTextOutsideTheirFirstReport).isPositive();
        }
      }
    }
  }

  @Test
  void theLatestReportIsTheLastReportOfAnyClaimTheFilterKeeps() {
    try (Store store = Store.openReadOnly(db)) {
      for (ClaimQuery filter :
          List.of(
              ClaimQuery.ALL,
              ClaimQuery.ALL.withDyad("PRK", "RUS"),
              ClaimQuery.ALL.withActor("USR"))) {
        Optional<LocalDate> expected =
            store.claims(filter).stream()
                .map(Claim::lastReported)
                .flatMap(Optional::stream)
                .map(LocalDate::parse)
                .max(Comparator.naturalOrder());
        assertThat(store.analytics().latestReport(filter)).as("%s", filter).isEqualTo(expected);
      }
      assertThat(store.analytics().latestReport(ClaimQuery.ALL.withDyad("ZZZ", "YYY"))).isEmpty();
    }
  }

  @Test
  void refusesARangeThatEndsBeforeItStarts() {
    try (Store store = Store.openReadOnly(db)) {
      assertThatThrownBy(
              () ->
                  store
                      .analytics()
                      .placedClaims(
                          ClaimQuery.ALL, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("before it starts");
    }
  }
}
