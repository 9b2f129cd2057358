package dev.dyad.core;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole pipeline on the Wikinews-style held-out suite
 * (coding/wikinews-style-heldout/README.md), written like the development suite by another
 * annotator, on other countries. It is never read: only its figures are printed, so that they say
 * how the coder does on political news it was not developed against.
 */
class WikinewsStyleHeldOutEvaluationTest {
  private static RealNewsSet.Figures figures;

  @BeforeAll
  static void codeTheSuite() throws IOException {
    figures = RealNewsSet.scoreArticles("wikinews-style-heldout", PipelineConfig.DEFAULTS, c -> {});
    RealNewsSet.print("Wikinews-style held-out suite (never read)", figures);
  }

  @Test
  void findsEverySentenceAndCodesTheSuiteAboveTheFloor() {
    // The floor is the figure reached when the suite was added; raise it when the figures rise.
    RealNewsSet.assertSuite(figures, FLOOR);
  }

  private static final int FLOOR = 97;
}
