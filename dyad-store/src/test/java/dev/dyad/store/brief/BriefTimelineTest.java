package dev.dyad.store.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The interim timeline: months (years over long spans), gaps kept, undated last. */
class BriefTimelineTest {

  @Test
  void countsFactsByCooperationAndConflictAndKeepsEmptyMonths() {
    Timeline t = timeline(List.of(
            claim(EventType.AID, ClaimStatus.CONFIRMED, "2026-03-14"),
            claim(EventType.ACCUSE, ClaimStatus.REPORTED, "2026-03-20"),
            claim(EventType.SANCTION, ClaimStatus.REPORTED, "2026-05-02"),
            claim(EventType.AID, ClaimStatus.DISPUTED, "2026-05-28"),
            claim(EventType.CONSULT, ClaimStatus.REPORTED, null)),
        List.of());
    assertThat(t.unit()).isEqualTo("month");
    assertThat(t.rows()).containsExactly(
        new Timeline.Row("Mar 2026", 1, 1, 0, 0),
        new Timeline.Row("Apr 2026", 0, 0, 0, 0),
        new Timeline.Row("May 2026", 0, 1, 1, 0),
        new Timeline.Row("undated", 1, 0, 0, 0));
    assertThat(t.rows().get(2).balance()).isEqualTo(-1);
  }

  @Test
  void showsYearsOverLongSpans() {
    Timeline t = timeline(List.of(
        claim(EventType.AID, ClaimStatus.REPORTED, "2019-01-10"),
        claim(EventType.AID, ClaimStatus.REPORTED, "2024-11-01")), List.of());
    assertThat(t.unit()).isEqualTo("year");
    assertThat(t.rows()).extracting(Timeline.Row::label).containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
  }

  @Test
  void aSentenceVoicingTwoTopicsCountsOnce() {
    AssessmentMention race = mention("arms-race", 4);
    AssessmentMention escalation = mention("escalation", 4);
    AssessmentMention other = mention("escalation", 5);
    Timeline t = timeline(List.of(), List.of(race, escalation, other));
    assertThat(t.rows()).containsExactly(new Timeline.Row("Jun 2026", 0, 0, 0, 2));
  }

  @Test
  void nothingToPlaceGivesNoRows() {
    assertThat(timeline(List.of(), List.of()).rows()).isEmpty();
  }

  @Test
  void theChartDrawsEveryPeriodAndEscapesLabels() {
    String svg = TimelineChart.svg(new Timeline("month", List.of(
        new Timeline.Row("Mar 2026", 2, 1, 1, 0), new Timeline.Row("<undated & odd>", 0, 3, 0, 1))));
    assertThat(svg).startsWith("<svg").contains("Mar 2026", "&lt;undated &amp; odd&gt;", "<polyline");
    assertThat(svg).doesNotContain("<undated");
  }

  private static Timeline timeline(List<Claim> claims, List<AssessmentMention> voiced) {
    return InterimTimeline.of(claims, InterimTimeline.dates(claims), voiced);
  }

  private static Claim claim(EventType type, ClaimStatus status, String first) {
    return new Claim("id-" + type + status + first, "A did something to B", new ClaimActor("PRK", "North Korea"),
        new ClaimActor("RUS", "Russia"), type, Optional.empty(), Optional.empty(), status, 1, 1, Map.of(),
        Optional.ofNullable(first), Optional.ofNullable(first), List.of());
  }

  private static AssessmentMention mention(String topic, int sentence) {
    return new AssessmentMention("doc", "uri", "family", Optional.of(LocalDate.of(2026, 6, 1)), sentence,
        "This could fuel an arms race and escalate tensions.", topic, Assessment.Direction.RAISES, List.of(), "could", topic);
  }
}
