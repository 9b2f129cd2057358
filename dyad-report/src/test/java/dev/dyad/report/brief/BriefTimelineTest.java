package dev.dyad.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.report.analytics.ClaimDate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An actor's timeline (placed and weighed as the analytics do a dyad's), long spans by year, and
 * the chart.
 */
class BriefTimelineTest {
  final Map<String, ClaimDate> dates = new HashMap<>();

  @Test
  void countsAnActorsClaimsByMonthAndKeepsQuietMonths() {
    Timeline t =
        BriefTimeline.ofActor(
            List.of(
                claim("a", EventType.AID, ClaimStatus.CONFIRMED, 2, "2026-03-14"),
                claim("b", EventType.ACCUSE, ClaimStatus.REPORTED, 1, "2026-03-20"),
                claim("c", EventType.SANCTION, ClaimStatus.REPORTED, 1, "2026-05-02"),
                claim("d", EventType.AID, ClaimStatus.DISPUTED, 4, "2026-05-28"),
                claim("e", EventType.COOPERATE, ClaimStatus.PLANNED, 2, "2026-05-29"),
                claim("f", EventType.CONSULT, ClaimStatus.REPORTED, 1, null)),
            dates);
    assertThat(t.unit()).isEqualTo("month");
    assertThat(t.rows())
        .extracting(Timeline.Row::label)
        .containsExactly("Mar 2026", "Apr 2026", "May 2026");
    Timeline.Row march = t.rows().get(0);
    assertThat(march.claims()).isEqualTo(2);
    assertThat(march.facts()).isEqualTo(2);
    // Confirmed by two sources weighs 1 × 2; reported by one 0.75 × 1.
    assertThat(march.cooperation()).isCloseTo(2.0, within(1e-9));
    assertThat(march.conflict()).isCloseTo(0.75, within(1e-9));
    assertThat(t.rows().get(1).claims()).isZero();
    assertThat(t.rows().get(1).balance()).isEmpty();
    Timeline.Row may = t.rows().get(2);
    assertThat(may.claims()).isEqualTo(3);
    assertThat(may.unconfirmed()).isEqualTo(1);
    assertThat(may.notFacts()).isEqualTo(1);
    assertThat(t.unplaced()).isEqualTo(1);
  }

  @Test
  void showsYearsOverLongSpans() {
    Timeline t =
        BriefTimeline.ofActor(
            List.of(
                claim("a", EventType.AID, ClaimStatus.REPORTED, 1, "2019-01-10"),
                claim("b", EventType.ACCUSE, ClaimStatus.REPORTED, 1, "2024-11-01")),
            dates);
    assertThat(t.unit()).isEqualTo("year");
    assertThat(t.rows())
        .extracting(Timeline.Row::label)
        .containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
    assertThat(t.rows().get(0).balance()).hasValue(1.0);
    assertThat(t.rows().get(5).balance()).hasValue(-1.0);
  }

  @Test
  void nothingDatedGivesNoRows() {
    Timeline t =
        BriefTimeline.ofActor(
            List.of(claim("a", EventType.AID, ClaimStatus.REPORTED, 1, null)), dates);
    assertThat(t.rows()).isEmpty();
    assertThat(t.unplaced()).isEqualTo(1);
  }

  @Test
  void theChartDrawsEveryPeriodAndEscapesLabels() {
    String svg =
        TimelineChart.svg(
            new Timeline(
                "month",
                List.of(
                    new Timeline.Row("Mar 2026", LocalDate.of(2026, 3, 1), 3, 2, 1, 2.0, 0.75),
                    new Timeline.Row("<odd & month>", LocalDate.of(2026, 4, 1), 1, 1, 0, 0, 1.0)),
                0));
    assertThat(svg)
        .startsWith("<svg")
        .contains("Mar 2026", "&lt;odd &amp; month&gt;", "<polyline", "<circle");
    assertThat(svg).doesNotContain("<odd");
    assertThat(TimelineChart.svg(new Timeline("month", List.of(), 3))).isEmpty();
    // A quiet month breaks the balance line: two lone points, no line across the gap.
    String gap =
        TimelineChart.svg(
            new Timeline(
                "month",
                List.of(
                    new Timeline.Row("Mar 2026", LocalDate.of(2026, 3, 1), 1, 1, 0, 1.0, 0),
                    new Timeline.Row("Apr 2026", LocalDate.of(2026, 4, 1), 0, 0, 0, 0, 0),
                    new Timeline.Row("May 2026", LocalDate.of(2026, 5, 1), 1, 1, 0, 0, 1.0)),
                0));
    assertThat(gap).doesNotContain("<polyline").contains("<circle");
  }

  private Claim claim(String id, EventType type, ClaimStatus status, int sources, String day) {
    if (day != null) {
      dates.put(id, new ClaimDate(id, LocalDate.parse(day), ClaimDate.Basis.PUBLISHED));
    }
    return new Claim(
        id,
        "A did something to B",
        new ClaimActor("PRK", "North Korea"),
        Optional.of(new ClaimActor("RUS", "Russia")),
        type,
        Optional.empty(),
        Optional.empty(),
        status,
        sources,
        sources,
        Map.of(),
        Optional.ofNullable(day),
        Optional.ofNullable(day),
        List.of());
  }
}
