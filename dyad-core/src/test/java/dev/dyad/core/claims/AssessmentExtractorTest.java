package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AssessmentExtractorTest {
  private static final AssessmentExtractor EXTRACTOR = new AssessmentExtractor();

  @Test
  void keepsArmsRaceForecastAsAssessment() {
    AssessmentMerger merger = new AssessmentMerger();
    merger.addAll(
        EXTRACTOR.extract(
            doc("a", "Pyongyang's new pact with Moscow could fuel an arms race in Northeast Asia."),
            "A"));
    merger.addAll(
        EXTRACTOR.extract(
            doc(
                "b",
                "Officials in Seoul fear the deal between North Korea and Russia may lead to an arms race."),
            "B"));
    List<Assessment> all = merger.assessments();
    assertThat(all)
        .filteredOn(a -> a.topic().equals("arms-race"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.direction()).isEqualTo(Assessment.Direction.RAISES);
              assertThat(a.documents()).isEqualTo(2);
              assertThat(a.independentSources()).isEqualTo(2);
              assertThat(a.actors()).contains("PRK", "RUS");
              assertThat(a.statement())
                  .startsWith("Analysts say developments involving North Korea")
                  .endsWith("could fuel an arms race");
            });
  }

  @Test
  void readsLoweringForecasts() {
    List<AssessmentMention> found =
        EXTRACTOR.extract(
            doc("a", "The talks between Seoul and Tokyo could reduce tensions on the peninsula."),
            "A");
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.topic()).isEqualTo("escalation");
              assertThat(m.direction()).isEqualTo(Assessment.Direction.LOWERS);
              assertThat(m.actors()).containsExactly("KOR", "JPN");
            });
  }

  @Test
  void readsHarmToAGoodAsARisingRisk() {
    assertThat(
            EXTRACTOR.extract(
                doc(
                    "a",
                    "Iranian drone sales to Russia may undermine the effectiveness of sanctions."),
                "A"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.topic()).isEqualTo("sanctions-evasion");
              assertThat(m.direction()).isEqualTo(Assessment.Direction.RAISES);
            });
    assertThat(
            EXTRACTOR.extract(
                doc(
                    "b",
                    "The deployment might complicate peace negotiations between Kyiv and Moscow."),
                "B"))
        .extracting(AssessmentMention::topic, AssessmentMention::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("peace-negotiations", Assessment.Direction.RAISES));
  }

  @Test
  void skipsQuestionsHeadingsAndPlainFacts() {
    assertThat(
            EXTRACTOR.extract(
                doc(
                    "a",
                    "Could the alliance between North Korea and Russia lead to an arms race?",
                    "Russia signed an arms control treaty with the United States in 2010."),
                "A"))
        .isEmpty();
    Document headed =
        build(
            "h",
            List.of(new Sentence(0, "Could an arms race follow", 0, 25, 0, Block.Kind.HEADING)));
    assertThat(EXTRACTOR.extract(headed, "H")).isEmpty();
  }

  @Test
  void takesActorsFromThePreviousSentenceWhenTheForecastNamesNone() {
    List<AssessmentMention> found =
        EXTRACTOR.extract(
            doc(
                "a",
                "China and India have expanded their navies.",
                "This could lead to an arms race."),
            "A");
    assertThat(found)
        .singleElement()
        .satisfies(m -> assertThat(m.actors()).containsExactly("CHN", "IND"));
  }

  @Test
  void mergesOnlyOverlappingActorSets() {
    AssessmentMerger merger = new AssessmentMerger();
    merger.addAll(
        EXTRACTOR.extract(doc("a", "Israel's strikes on Iran could escalate tensions."), "A"));
    merger.addAll(
        EXTRACTOR.extract(doc("b", "North Korea's troops may escalate tensions in Ukraine."), "B"));
    assertThat(merger.assessments())
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.documents()).isEqualTo(1));
  }

  @Test
  void keepsOneForecastVoicedInTwoQuartersAsTwoAssessments() {
    String forecast = "Pyongyang's new pact with Moscow could fuel an arms race in Northeast Asia.";
    AssessmentMerger merger = new AssessmentMerger();
    merger.addAll(EXTRACTOR.extract(doc("a", forecast), "A"));
    merger.addAll(EXTRACTOR.extract(doc("b", forecast), "B"));
    for (AssessmentMention m : EXTRACTOR.extract(doc("c", forecast), "C")) {
      merger.add(
          new AssessmentMention(
              m.docId(),
              m.docUri(),
              m.familyId(),
              Optional.of(LocalDate.of(2025, 4, 2)),
              m.sentenceIndex(),
              m.sentence(),
              m.topic(),
              m.direction(),
              m.actors(),
              m.cue(),
              m.trigger()));
    }
    assertThat(merger.assessments())
        .filteredOn(a -> a.topic().equals("arms-race"))
        .extracting(Assessment::documents)
        .containsExactly(2, 1);
  }

  /** A document of paragraph sentences, one block, published on 1 March 2025. */
  static Document doc(String id, String... sentences) {
    List<Sentence> list = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < sentences.length; i++) {
      list.add(
          new Sentence(
              i, sentences[i], offset, offset + sentences[i].length(), 0, Block.Kind.PARAGRAPH));
      offset += sentences[i].length() + 1;
    }
    return build(id, list);
  }

  private static Document build(String id, List<Sentence> sentences) {
    String text = String.join(" ", sentences.stream().map(Sentence::text).toList());
    return new Document(
        id,
        "test:" + id,
        "test",
        Optional.empty(),
        PublicationDate.known(LocalDate.of(2025, 3, 1), PublicationDate.Basis.METADATA, "test"),
        text,
        sentences,
        List.of(),
        Map.of());
  }
}
