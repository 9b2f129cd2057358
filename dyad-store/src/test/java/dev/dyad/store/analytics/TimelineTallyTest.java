package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.report.analytics.ClaimDate;
import dev.dyad.report.analytics.ClaimWeights;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.Timeline;
import dev.dyad.report.analytics.TimelinePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTallyTest {
  private static final ClaimActor PRK = new ClaimActor("PRK", "North Korea");
  private static final ClaimActor RUS = new ClaimActor("RUS", "Russia");

  private static ClaimRow claim(
      String id,
      EventType type,
      ClaimStatus status,
      int sources,
      String day,
      ClaimDate.Basis basis) {
    Optional<ClaimDate> date =
        day == null
            ? Optional.empty()
            : Optional.of(new ClaimDate(id, LocalDate.parse(day), basis));
    return new ClaimRow(id, PRK, Optional.of(RUS), type, Optional.empty(), status, sources, date);
  }

  private static final List<ClaimRow> CLAIMS =
      List.of(
          claim(
              "c3",
              EventType.ASSAULT,
              ClaimStatus.REPORTED,
              1,
              "2024-12-02",
              ClaimDate.Basis.EVENT_DAY),
          claim(
              "c1",
              EventType.AID,
              ClaimStatus.CONFIRMED,
              2,
              "2024-10-01",
              ClaimDate.Basis.EVENT_MONTH),
          claim(
              "c2",
              EventType.AID,
              ClaimStatus.SPECULATIVE,
              1,
              "2024-10-09",
              ClaimDate.Basis.PUBLISHED),
          claim("c4", EventType.AID, ClaimStatus.REPORTED, 1, null, null));

  private static Timeline timeline(
      Period by, Optional<LocalDate> since, Optional<LocalDate> until) {
    return TimelineTally.of("PRK", "RUS", by, since, until, CLAIMS, EventOntology.builtIn());
  }

  @Test
  void fillsQuietPeriodsBetweenTheFirstAndTheLastSoTheAxisIsContinuous() {
    Timeline t = timeline(Period.MONTH, Optional.empty(), Optional.empty());
    assertThat(t.periods())
        .extracting(TimelinePeriod::period)
        .containsExactly("2024-10", "2024-11", "2024-12");
    assertThat(t.periods()).extracting(TimelinePeriod::claims).containsExactly(2, 0, 1);
    TimelinePeriod quiet = t.periods().get(1);
    assertThat(quiet.start()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(quiet.end()).isEqualTo(LocalDate.of(2024, 11, 30));
    assertThat(quiet.balance().value()).isEmpty();
    assertThat(quiet.claimIds()).isEmpty();
  }

  @Test
  void countsSpeculationAmongTheClaimsButNotInTheBalance() {
    TimelinePeriod october =
        timeline(Period.MONTH, Optional.empty(), Optional.empty()).periods().get(0);
    assertThat(october.claims()).isEqualTo(2);
    assertThat(october.byType()).containsEntry(EventType.AID, 2);
    assertThat(october.byStatus())
        .containsEntry(ClaimStatus.CONFIRMED, 1)
        .containsEntry(ClaimStatus.SPECULATIVE, 1);
    assertThat(october.balance().cooperation())
        .isEqualTo(ClaimWeights.weight(ClaimStatus.CONFIRMED, 2));
    assertThat(october.balance().value()).hasValue(1.0);
    assertThat(october.monthPrecise()).isEqualTo(1);
    assertThat(october.claimIds()).containsExactly("c1", "c2");
  }

  @Test
  void listsClaimsItCannotPlaceInsteadOfDroppingThem() {
    Timeline t = timeline(Period.WEEK, Optional.empty(), Optional.empty());
    assertThat(t.unplaced()).containsExactly("c4");
    assertThat(t.claims()).isEqualTo(3);
    assertThat(t.periods().get(0).period()).isEqualTo("2024-W40");
    assertThat(t.periods().get(t.periods().size() - 1).period()).isEqualTo("2024-W49");
    assertThat(t.periods()).hasSize(10);
  }

  @Test
  void boundsTheClaimDatesWithSinceAndUntil() {
    Timeline t =
        timeline(
            Period.MONTH,
            Optional.of(LocalDate.of(2024, 10, 2)),
            Optional.of(LocalDate.of(2024, 12, 1)));
    assertThat(t.periods()).extracting(TimelinePeriod::period).containsExactly("2024-10");
    assertThat(t.periods().get(0).claimIds()).containsExactly("c2");
  }

  @Test
  void hasNoPeriodsWithoutClaims() {
    Timeline t =
        TimelineTally.of(
            "PRK",
            "RUS",
            Period.MONTH,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            EventOntology.builtIn());
    assertThat(t.periods()).isEmpty();
    assertThat(t.unplaced()).isEmpty();
  }
}
