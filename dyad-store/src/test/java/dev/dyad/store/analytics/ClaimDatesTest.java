package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.ClaimDate;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimDatesTest {
  static final Path db = IngestedStore.sharedExamples();

  @Test
  void placesAClaimOnTheDayItsEarliestDatedMentionGives() {
    assertThat(ClaimDates.place("c", Optional.of("2024-10-03"), false, Optional.of("2024-10-09")))
        .contains(new ClaimDate("c", LocalDate.of(2024, 10, 3), ClaimDate.Basis.EVENT_DAY));
  }

  @Test
  void placesAMonthPreciseClaimOnTheFirstOfTheMonthAndSaysSo() {
    ClaimDate d =
        ClaimDates.place("c", Optional.of("2024-10"), false, Optional.of("2024-10-09"))
            .orElseThrow();
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(d.monthPrecise()).isTrue();
  }

  @Test
  void fallsBackToThePublicationDateWhenTheTextGivesOnlyAYearOrNothing() {
    assertThat(ClaimDates.place("c", Optional.empty(), false, Optional.of("2024-10-09")))
        .contains(new ClaimDate("c", LocalDate.of(2024, 10, 9), ClaimDate.Basis.PUBLISHED));
  }

  @Test
  void leavesHistoricalClaimsWithoutADayOrMonthUnplaced() {
    assertThat(ClaimDates.place("c", Optional.empty(), true, Optional.of("2026-06-12"))).isEmpty();
    assertThat(ClaimDates.place("c", Optional.of("1950-06-25"), true, Optional.of("2026-06-12")))
        .contains(new ClaimDate("c", LocalDate.of(1950, 6, 25), ClaimDate.Basis.EVENT_DAY));
  }

  @Test
  void leavesClaimsWithNoDateAtAllUnplacedAndSkipsMalformedDates() {
    assertThat(ClaimDates.place("c", Optional.empty(), false, Optional.empty())).isEmpty();
    assertThat(ClaimDates.place("c", Optional.of("2024-13"), false, Optional.of("2024-10-09")))
        .contains(new ClaimDate("c", LocalDate.of(2024, 10, 9), ClaimDate.Basis.PUBLISHED));
  }

  @Test
  void readsTheDatesOfTheStoredCorpusClaimsInOneGo() {
    try (Store store = Store.openReadOnly(db)) {
      Claim disputed =
          only(store, ClaimQuery.ALL.withDyad("PRK", "RUS").withStatus(ClaimStatus.DISPUTED));
      Claim munitions =
          only(
              store,
              ClaimQuery.ALL
                  .withDyad("PRK", "RUS")
                  .withStatus(ClaimStatus.CONFIRMED)
                  .withType(EventType.AID));
      Claim drills =
          only(store, ClaimQuery.ALL.withDyad("PRK", "RUS").withType(EventType.COOPERATE));
      List<Claim> historical = store.claims(ClaimQuery.ALL.withActor("USR"));
      List<Claim> undated =
          store.claims(ClaimQuery.ALL).stream().filter(c -> c.firstReported().isEmpty()).toList();
      assertThat(historical).isNotEmpty();
      assertThat(undated).isNotEmpty();

      List<String> ids =
          new java.util.ArrayList<>(
              List.of(disputed.claimId(), munitions.claimId(), drills.claimId(), "no-such-claim"));
      historical.forEach(c -> ids.add(c.claimId()));
      undated.forEach(c -> ids.add(c.claimId()));
      Map<String, ClaimDate> dates = store.analytics().claimDates(ids);

      // The first report of the deployment dates it to the day; a later one says only "May".
      assertThat(dates.get(disputed.claimId()))
          .isEqualTo(
              new ClaimDate(
                  disputed.claimId(), LocalDate.of(2026, 5, 28), ClaimDate.Basis.EVENT_DAY));
      assertThat(dates.get(munitions.claimId()))
          .isEqualTo(
              new ClaimDate(
                  munitions.claimId(), LocalDate.of(2026, 3, 1), ClaimDate.Basis.EVENT_MONTH));
      // "joint naval drills next year": a year only, so the day it was first reported.
      assertThat(dates.get(drills.claimId()))
          .isEqualTo(
              new ClaimDate(
                  drills.claimId(),
                  LocalDate.parse(drills.firstReported().orElseThrow()),
                  ClaimDate.Basis.PUBLISHED));
      assertThat(dates)
          .doesNotContainKeys(historical.stream().map(Claim::claimId).toArray(String[]::new));
      assertThat(dates)
          .doesNotContainKeys(undated.stream().map(Claim::claimId).toArray(String[]::new));
      assertThat(dates).doesNotContainKey("no-such-claim").hasSize(3);
    }
  }

  private static Claim only(Store store, ClaimQuery q) {
    List<Claim> found = store.claims(q);
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
