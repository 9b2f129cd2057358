package dev.dyad.core;

/**
 * Scores the whole pipeline on the development set of real news (coding/wikinews-dev/README.md):
 * Wikinews sentences of articles the blind set does not use, labelled by annotators who never saw
 * the coder's output, but read afterwards. Its figures are in-sample; every case, with what was
 * missed and what was wrong, goes to target/wikinews-dev-cases.txt for reading.
 */
class WikinewsDevEvaluationTest extends RealNewsDevelopmentSetTest {
  WikinewsDevEvaluationTest() {
    super("wikinews-dev", "Wikinews development set (in-sample)", 300, 66);
  }
}
