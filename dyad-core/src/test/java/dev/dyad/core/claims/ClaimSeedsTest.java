package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.testkit.Corpora;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles through the real pipeline and {@link CorpusAnalysis}, as an analyst would
 * read the result: the deployment is one claim, the munitions transfer is reported, the arms race
 * is an assessment voiced by several documents, and no speculation is stated as fact.
 */
class ClaimSeedsTest {
  private static List<Claim> claims;
  private static List<Assessment> assessments;

  @BeforeAll
  static void run() {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    Problems problems = Problems.counting();
    DocumentAnalyzer analyzer = new DocumentAnalyzer(pipeline);
    CorpusAnalysis analysis = new CorpusAnalysis(pipeline.dictionary());
    try (Stream<Document> docs =
        pipeline.documents(List.of(Corpora.seeds().toString()), problems)) {
      docs.forEach(doc -> analysis.add(analyzer.analyze(doc, problems)));
    }
    claims = analysis.claims();
    assessments = analysis.assessments();
    System.out.println("== seed claims (" + claims.size() + ")");
    for (Claim c : claims) {
      System.out.printf(
          "  %-11s docs=%d src=%d %s  %s%n",
          c.status().label(),
          c.documents(),
          c.independentSources(),
          c.modalityProfile(),
          c.statement());
    }
  }

  private static Claim claim(String source, String target, EventType type, String object) {
    return claims.stream()
        .filter(
            c ->
                c.source().code().startsWith(source)
                    && c.targetCode().startsWith(target)
                    && c.eventType() == type
                    && c.object().filter(object::equals).isPresent())
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no claim " + source + " " + type + " " + target + " (" + object + ")"));
  }

  @Test
  void makesTheTroopDeploymentOneClaimAssertedOnceAndAllegedOnce() {
    Claim deployment = claim("PRK", "RUS", EventType.AID, "troops");
    assertThat(deployment.documents()).isEqualTo(2);
    assertThat(deployment.modalityProfile())
        .containsEntry(Modality.ASSERTED, 1)
        .containsEntry(Modality.ALLEGED, 1);
  }

  @Test
  void keepsTheMunitionsTransferReported() {
    assertThat(claim("PRK", "RUS", EventType.AID, "munitions").status())
        .isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void statesNoClaimAsFactThatOnlySpeculationCarries() {
    assertThat(claims)
        .filteredOn(c -> c.status() == ClaimStatus.CONFIRMED || c.status() == ClaimStatus.REPORTED)
        .allSatisfy(c -> assertThat(c.mentions()).anyMatch(m -> m.modality().isFactual()));
  }

  @Test
  void voicesTheArmsRaceAsAnAssessmentOfSeveralDocuments() {
    assertThat(assessments)
        .filteredOn(
            a -> a.topic().equals("arms-race") && a.direction() == Assessment.Direction.RAISES)
        .anySatisfy(
            a -> {
              assertThat(a.documents()).isGreaterThanOrEqualTo(2);
              assertThat(a.actors()).contains("PRK");
            });
  }

  @Test
  void neverMakesTheArmsRaceAClaim() {
    assertThat(claims).noneMatch(c -> c.statement().toLowerCase().contains("arms race"));
    assertThat(claims)
        .allSatisfy(
            c ->
                assertThat(c.mentions())
                    .noneMatch(
                        m -> m.modality().isFactual() && m.sentence().contains("arms race")));
  }

  @Test
  void keepsCountsConsistent() {
    assertThat(claims)
        .allSatisfy(
            c -> {
              assertThat(c.independentSources()).isLessThanOrEqualTo(c.documents());
              assertThat(c.documents()).isLessThanOrEqualTo(c.mentions().size());
            });
  }
}
