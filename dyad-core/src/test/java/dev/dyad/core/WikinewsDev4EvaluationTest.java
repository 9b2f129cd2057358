package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole pipeline on the fourth development set of real news
 * (coding/wikinews-dev4/README.md): the topic sentences of Wikinews articles that neither the blind
 * set nor the first two development sets use, labelled by an annotator who never saw the coder's
 * output. Its first figures were taken before anyone read a case; later ones are in-sample. Every
 * case goes to target/wikinews-dev4-cases.txt for reading.
 */
class WikinewsDev4EvaluationTest {
  private static RealNewsSet.Figures figures;
  private static final List<RealNewsSet.Case> CASES = new ArrayList<>();

  @BeforeAll
  static void codeTheSet() throws IOException {
    figures = RealNewsSet.score("wikinews-dev4", PipelineConfig.DEFAULTS, CASES::add);
    RealNewsSet.print("Wikinews development set 4", figures);
    RealNewsSet.writeCases(Path.of("target", "wikinews-dev4-cases.txt"), CASES);
  }

  @Test
  void findsAlmostEveryReferenceInTheCleanedText() {
    assertThat(figures.unaligned()).isLessThanOrEqualTo(figures.scored() / 20);
  }

  @Test
  void codesTheDevelopmentSetAboveTheFloor() {
    // The floor is the figure reached when the set was added; raise it when the figures rise.
    assertThat(figures.scored()).isGreaterThanOrEqualTo(300);
    assertThat(figures.dyadType().tp).isGreaterThanOrEqualTo(5);
  }
}
