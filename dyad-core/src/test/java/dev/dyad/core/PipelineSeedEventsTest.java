package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five real seed articles, coded, read as an analyst would: the facts they report are found,
 * with the certainty the text gives them, and their speculation is never asserted.
 */
class PipelineSeedEventsTest {
  private static final List<Event> EVENTS = new ArrayList<>();
  private static final Pattern HEDGE = Pattern.compile("\\b(could|may|might)\\b");

  @BeforeAll
  static void code() {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    Problems problems = Problems.counting();
    try (Stream<Document> docs =
        pipeline.documents(List.of(Corpora.seeds().toString()), problems)) {
      docs.forEach(d -> EVENTS.addAll(pipeline.events(d, problems)));
    }
    assertThat(problems.failed()).isZero();
  }

  private static String seed(Event e) {
    return Path.of(e.docUri()).getFileName().toString().substring(0, 3);
  }

  private static Predicate<Event> dyad(String source, String target, EventType type) {
    return e ->
        e.source().code().startsWith(source)
            && e.targetCode().startsWith(target)
            && e.eventType() == type;
  }

  @Test
  void findsTheReportedMunitionsTransfer() {
    assertThat(EVENTS)
        .filteredOn(e -> seed(e).equals("002"))
        .anyMatch(dyad("PRK", "RUS", EventType.AID).and(e -> e.modality() == Modality.REPORTED));
  }

  @Test
  void findsTheDeploymentAnnouncedInOneArticleAndAllegedInAnother() {
    assertThat(EVENTS)
        .filteredOn(e -> seed(e).equals("003"))
        .anyMatch(dyad("PRK", "RUS", EventType.AID).and(e -> e.modality() == Modality.ASSERTED));
    assertThat(EVENTS)
        .filteredOn(e -> seed(e).equals("004"))
        .anyMatch(dyad("PRK", "RUS", EventType.AID).and(e -> e.modality() == Modality.ALLEGED));
  }

  @Test
  void findsTheKimPutinMeetings() {
    assertThat(EVENTS).anyMatch(dyad("PRK", "RUS", EventType.CONSULT));
  }

  @Test
  void findsTheUsCondemnation() {
    assertThat(EVENTS)
        .filteredOn(e -> seed(e).equals("002"))
        .anyMatch(e -> e.source().code().startsWith("USA") && e.eventType() == EventType.ACCUSE);
  }

  @Test
  void findsTheExploredJointExercisesAsPlanned() {
    assertThat(EVENTS)
        .filteredOn(e -> seed(e).equals("002"))
        .anyMatch(
            dyad("PRK", "RUS", EventType.COOPERATE).and(e -> e.modality() == Modality.PLANNED));
  }

  @Test
  void marksSovietSupportAsHistorical() {
    assertThat(EVENTS).anyMatch(dyad("USR", "PRK", EventType.AID).and(Event::historical));
  }

  @Test
  void assertsNothingThatACouldMayOrMightHedges() {
    // An asserted event may stand in a hedged sentence only when the modal governs another clause.
    List<Event> suspicious =
        EVENTS.stream()
            .filter(e -> e.modality() == Modality.ASSERTED)
            .filter(e -> HEDGE.matcher(e.sentence().substring(0, e.span().end())).find())
            .filter(
                e -> HEDGE.matcher(e.sentence().substring(e.span().start(), e.span().end())).find())
            .toList();
    assertThat(suspicious).isEmpty();
  }

  @Test
  void codesNoRelationshipWordsOrQuestionsAsEvents() {
    assertThat(EVENTS).noneMatch(e -> e.sentence().endsWith("?"));
    assertThat(EVENTS)
        .filteredOn(e -> seed(e).equals("000"))
        .noneMatch(e -> e.eventType() == EventType.COOPERATE);
  }

  @Test
  void findsSouthKoreanAndJapaneseDefenceMeasures() {
    List<Event> seed002 = EVENTS.stream().filter(e -> seed(e).equals("002")).toList();
    assertThat(seed002)
        .anyMatch(e -> e.source().code().startsWith("KOR") && e.eventType() == EventType.MOBILIZE);
    assertThat(seed002)
        .anyMatch(e -> e.source().code().startsWith("JPN") && e.eventType() == EventType.MOBILIZE);
  }
}
