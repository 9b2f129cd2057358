package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole pipeline on the blind real-news set of issue 11: sentences of
 * ../shared/corpus/wikinews drawn by title topic and labelled by annotators who never saw the
 * coder's output (coding/wikinews-blind/README.md). Never tune on it: only the figures come out,
 * with the misses counted by coarse cause, never which sentences were missed.
 */
class WikinewsBlindEvaluationTest {
  private static RealNewsSet.Figures figures;

  @BeforeAll
  static void codeTheSet() throws IOException {
    figures = score(PipelineConfig.DEFAULTS);
    RealNewsSet.print("Blind Wikinews set", figures);
  }

  static RealNewsSet.Figures score(PipelineConfig config) throws IOException {
    return RealNewsSet.score("wikinews-blind", config, c -> {});
  }

  @Test
  void findsAlmostEveryReferenceInTheCleanedText() {
    // A reference that cannot be found is scored as all misses; many would mean the cleaner or
    // the splitter changed, and the figures would no longer measure the coder.
    assertThat(figures.unaligned()).isLessThanOrEqualTo(figures.scored() / 20);
  }

  @Test
  void codesTheBlindSetAboveTheFloor() {
    // A floor that catches regressions; the figures themselves go in the notes.
    assertThat(figures.dyadType().tp).isGreaterThanOrEqualTo(15);
    assertThat(figures.scored()).isGreaterThanOrEqualTo(400);
  }
}
