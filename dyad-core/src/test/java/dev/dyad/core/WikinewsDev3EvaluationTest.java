package dev.dyad.core;

/**
 * Scores the whole pipeline on the third development set of real news
 * (coding/wikinews-dev3/README.md): the topic sentences of Wikinews articles that neither the blind
 * set nor the first two development sets use, labelled by an annotator who never saw the coder's
 * output. Its first figures were taken before anyone read a case; later ones are in-sample. Every
 * case goes to target/wikinews-dev3-cases.txt for reading.
 */
class WikinewsDev3EvaluationTest extends RealNewsDevelopmentSetTest {
  WikinewsDev3EvaluationTest() {
    super("wikinews-dev3", "Wikinews development set 3", 300, 36);
  }
}
