package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.SharedCorpus;
import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles through the real pipeline, each its own source family. Prints the claims
 * and assessments for a person to read; asserts only what does not wait on coder fixes.
 */
class ClaimSeedsTest {
  private static List<Claim> claims;
  private static List<Assessment> assessments;

  @BeforeAll
  static void run() {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    Problems problems = Problems.counting();
    ClaimMerger claimMerger = new ClaimMerger();
    AssessmentExtractor extractor = new AssessmentExtractor();
    AssessmentMerger assessmentMerger = new AssessmentMerger();
    try (Stream<Document> docs =
        pipeline.documents(List.of(SharedCorpus.seeds().toString()), problems)) {
      docs.forEach(doc -> {
        List<Event> events = pipeline.events(doc, problems);
        claimMerger.add(doc, events, doc.id());
        assessmentMerger.addAll(extractor.extract(doc, doc.id()));
      });
    }
    claims = claimMerger.claims();
    assessments = assessmentMerger.assessments();
    System.out.println("== claims (" + claims.size() + ")");
    for (Claim c : claims) {
      System.out.printf("%-11s docs=%d src=%d %s %s%n  %s%n", c.status().label(), c.documents(),
          c.independentSources(), c.modalityProfile(), c.claimId(), c.statement());
    }
    System.out.println("== assessments (" + assessments.size() + ")");
    for (Assessment a : assessments) {
      System.out.printf("%-22s %-6s docs=%d src=%d %s%n  %s%n", a.topic(), a.direction().label(),
          a.documents(), a.independentSources(), a.actors(), a.statement());
      for (AssessmentMention m : a.mentions()) {
        System.out.printf("     [%s #%d '%s' / '%s'] %.90s%n", m.docId().substring(0, 6),
            m.sentenceIndex(), m.cue(), m.trigger(), m.sentence());
      }
    }
  }

  @Test
  void voicesTheArmsRaceAsAnAssessmentOfSeveralDocuments() {
    assertThat(assessments)
        .filteredOn(a -> a.topic().equals("arms-race") && a.direction() == Assessment.Direction.RAISES)
        .anySatisfy(a -> {
          assertThat(a.documents()).isGreaterThanOrEqualTo(2);
          assertThat(a.actors()).contains("PRK");
        });
  }

  @Test
  void neverMakesTheArmsRaceAClaim() {
    assertThat(claims).noneMatch(c -> c.statement().toLowerCase().contains("arms race"));
    assertThat(claims).allSatisfy(c -> assertThat(c.mentions())
        .noneMatch(m -> m.modality().isFactual() && m.sentence().contains("arms race")));
  }

  @Test
  void keepsCountsConsistent() {
    assertThat(claims).allSatisfy(c -> {
      assertThat(c.independentSources()).isLessThanOrEqualTo(c.documents());
      assertThat(c.documents()).isLessThanOrEqualTo(c.mentions().size());
    });
  }
}
