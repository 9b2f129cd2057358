package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole pipeline on the development set of real news (coding/wikinews-dev/README.md):
 * Wikinews sentences of articles the blind set does not use, labelled by annotators who never saw
 * the coder's output, but read afterwards. Its figures are in-sample; every case, with what was
 * missed and what was wrong, goes to target/wikinews-dev-cases.txt for reading.
 */
class WikinewsDevEvaluationTest {
  private static RealNewsSet.Figures figures;
  private static final List<RealNewsSet.Case> CASES = new ArrayList<>();

  @BeforeAll
  static void codeTheSet() throws IOException {
    figures = RealNewsSet.score("wikinews-dev", PipelineConfig.DEFAULTS, CASES::add);
    RealNewsSet.print("Wikinews development set (in-sample)", figures);
    RealNewsSet.writeCases(Path.of("target", "wikinews-dev-cases.txt"), CASES);
  }

  @Test
  void findsAlmostEveryReferenceInTheCleanedText() {
    assertThat(figures.unaligned()).isLessThanOrEqualTo(figures.scored() / 20);
  }

  @Test
  void codesTheDevelopmentSetAboveTheFloor() {
    // The floor is the figure reached when the set was added; raise it when the figures rise.
    assertThat(figures.scored()).isGreaterThanOrEqualTo(300);
    assertThat(figures.dyadType().tp).isGreaterThanOrEqualTo(60);
  }
}
