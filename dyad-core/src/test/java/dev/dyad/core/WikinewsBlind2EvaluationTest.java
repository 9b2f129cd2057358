package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole pipeline on the second blind real-news set of issue 11: 480 more sentences of
 * the first blind set's articles, drawn the same way and labelled by annotators who never saw the
 * coder's output (coding/wikinews-blind2/README.md). Never tune on it: only the figures come out,
 * with the misses counted by coarse cause, never which sentences were missed.
 */
class WikinewsBlind2EvaluationTest {
  private static RealNewsSet.Figures figures;

  @BeforeAll
  static void codeTheSet() throws IOException {
    figures = score(PipelineConfig.DEFAULTS);
    RealNewsSet.print("Second blind Wikinews set", figures);
  }

  static RealNewsSet.Figures score(PipelineConfig config) throws IOException {
    return RealNewsSet.score("wikinews-blind2", config, c -> {});
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
    assertThat(figures.dyadType().tp).isGreaterThanOrEqualTo(19);
    assertThat(figures.scored()).isGreaterThanOrEqualTo(400);
  }
}
