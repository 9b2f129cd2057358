package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.Timeline;
import dev.dyad.report.analytics.TimelinePeriod;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Timelines of the sample corpus, read from a real DuckDB file. */
class TimelineTest {
  static final Path db = IngestedStore.sharedExamples();

  @Test
  void putsTheDisputedDeploymentInItsMonthWithTheRestOfThatMonth() {
    try (Store store = Store.openReadOnly(db)) {
      String disputed =
          store
              .claims(ClaimQuery.ALL.withDyad("PRK", "RUS").withStatus(ClaimStatus.DISPUTED))
              .get(0)
              .claimId();

      Timeline t =
          store
              .analytics()
              .timeline("PRK", "RUS", Period.MONTH, Optional.empty(), Optional.empty());

      assertThat(t.periods())
          .extracting(TimelinePeriod::period)
          .containsExactly("2026-03", "2026-04", "2026-05");
      assertThat(t.periods()).extracting(TimelinePeriod::claims).containsExactly(2, 0, 5);
      TimelinePeriod may = t.periods().get(2);
      assertThat(may.claimIds()).contains(disputed);
      // Issue 11 (PLOVER): a commitment is an AGREE stated as fact, so one of May's two planned
      // claims is now reported, beside its planned act.
      assertThat(may.byStatus())
          .containsEntry(ClaimStatus.DISPUTED, 1)
          .containsEntry(ClaimStatus.PLANNED, 1);
      // Three speculative claims come from an undated analysis: listed, not placed.
      assertThat(t.unplaced()).hasSize(3);
    }
  }

  @Test
  void aFilteredTimelineCountsOnlyTheClaimsPassingTheFilter() {
    try (Store store = Store.openReadOnly(db)) {
      Analytics a = store.analytics();
      Timeline dyad = a.timeline("PRK", "RUS", Period.MONTH, Optional.empty(), Optional.empty());
      Timeline same =
          a.timeline(
              ClaimQuery.ALL.withDyad("PRK", "RUS"),
              Period.MONTH,
              Optional.empty(),
              Optional.empty());
      assertThat(same).isEqualTo(dyad);

      Timeline disputed =
          a.timeline(
              ClaimQuery.ALL.withDyad("PRK", "RUS").withStatus(ClaimStatus.DISPUTED),
              Period.MONTH,
              Optional.empty(),
              Optional.empty());
      assertThat(disputed.claims()).isEqualTo(1);
      assertThat(disputed.periods()).extracting(TimelinePeriod::period).containsExactly("2026-05");

      Timeline actor =
          a.timeline(
              ClaimQuery.ALL.withActor("PRK"), Period.WEEK, Optional.empty(), Optional.empty());
      assertThat(actor.a()).isEqualTo("PRK");
      assertThat(actor.b()).isEmpty();
      assertThat(actor.claims()).isGreaterThanOrEqualTo(dyad.claims());
    }
  }

  @Test
  void theTimelinesByStatusAddUpToTheTotalFromOneRead() {
    try (Store store = Store.openReadOnly(db)) {
      Analytics a = store.analytics();
      ClaimQuery q = ClaimQuery.ALL.withDyad("PRK", "RUS");
      Analytics.StatusTimelines split =
          a.timelinesByStatus(q, Period.MONTH, Optional.empty(), Optional.empty());
      assertThat(split.total())
          .isEqualTo(a.timeline(q, Period.MONTH, Optional.empty(), Optional.empty()));
      for (var e : split.byStatus().entrySet()) {
        assertThat(e.getValue())
            .isEqualTo(
                a.timeline(
                    q.withStatus(e.getKey()), Period.MONTH, Optional.empty(), Optional.empty()));
      }
      int sum = split.byStatus().values().stream().mapToInt(Timeline::claims).sum();
      assertThat(sum).isEqualTo(split.total().claims());
      assertThat(split.byStatus()).containsKey(ClaimStatus.DISPUTED);
    }
  }

  @Test
  void weighsTheMunitionsClaimsOfMarchByStatusAndSources() {
    try (Store store = Store.openReadOnly(db)) {
      TimelinePeriod march =
          store
              .analytics()
              .timeline("RUS", "PRK", Period.MONTH, Optional.empty(), Optional.empty())
              .periods()
              .get(0);

      // Confirmed by two independent families, and a one-source report: both military aid.
      assertThat(march.claims()).isEqualTo(2);
      assertThat(march.balance().cooperation()).isCloseTo(1.0 * 2 + 0.75 * 1, within(1e-9));
      assertThat(march.balance().conflict()).isZero();
      assertThat(march.balance().value()).hasValue(1.0);
      assertThat(march.balance().meanIntensity().getAsDouble()).isPositive();
      assertThat(march.monthPrecise()).isEqualTo(1);
    }
  }

  @Test
  void labelsWeeksAndHonoursSinceAndUntilOnClaimDates() {
    try (Store store = Store.openReadOnly(db)) {
      Timeline t =
          store
              .analytics()
              .timeline(
                  "PRK",
                  "RUS",
                  Period.WEEK,
                  Optional.of(LocalDate.of(2026, 5, 1)),
                  Optional.of(LocalDate.of(2026, 5, 31)));

      assertThat(t.periods())
          .extracting(TimelinePeriod::period)
          .containsExactly("2026-W21", "2026-W22");
      assertThat(t.claims()).isEqualTo(5);
    }
  }

  @Test
  void hasNoPeriodsForADyadWithoutClaims() {
    try (Store store = Store.openReadOnly(db)) {
      Timeline t =
          store
              .analytics()
              .timeline("FRA", "BRA", Period.MONTH, Optional.empty(), Optional.empty());
      assertThat(t.periods()).isEmpty();
      assertThat(t.unplaced()).isEmpty();
    }
  }
}
