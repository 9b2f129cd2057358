package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every real-news development set checks (the README of each coding/wikinews-dev set): the
 * whole pipeline scores the set, prints its figures, writes every case to target/SET-cases.txt for
 * reading, finds almost every reference in the cleaned text and stays above the figures it reached.
 * One subclass per set names it and its floors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealNewsDevelopmentSetTest { // abstract: JUnit runs it through each set's subclass
  private final String set;
  private final String label;
  private final int minScored;
  private final int minTruePositives;
  private RealNewsSet.Figures figures;

  /**
   * @param set the folder under coding/
   * @param label how the figures are headed in the build's output
   * @param minScored the sentences that must be scored
   * @param minTruePositives the floor: the dyad + type true positives reached so far (raise it when
   *     the figures rise)
   */
  RealNewsDevelopmentSetTest(String set, String label, int minScored, int minTruePositives) {
    this.set = set;
    this.label = label;
    this.minScored = minScored;
    this.minTruePositives = minTruePositives;
  }

  @BeforeAll
  void codeTheSet() throws IOException {
    List<RealNewsSet.Case> cases = new ArrayList<>();
    figures = RealNewsSet.score(set, PipelineConfig.DEFAULTS, cases::add);
    RealNewsSet.print(label, figures);
    RealNewsSet.writeCases(Path.of("target", set + "-cases.txt"), cases);
  }

  @Test
  void findsAlmostEveryReferenceInTheCleanedText() {
    assertThat(figures.unaligned()).isLessThanOrEqualTo(figures.scored() / 20);
  }

  @Test
  void codesTheDevelopmentSetAboveTheFloor() {
    assertThat(figures.scored()).isGreaterThanOrEqualTo(minScored);
    assertThat(figures.dyadType().tp).isGreaterThanOrEqualTo(minTruePositives);
  }
}
