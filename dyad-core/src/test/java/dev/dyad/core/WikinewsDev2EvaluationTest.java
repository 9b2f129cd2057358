package dev.dyad.core;

/**
 * Scores the whole pipeline on the second development set of real news
 * (coding/wikinews-dev2/README.md): topic sentences of Wikinews articles neither the blind set nor
 * the first development set uses, labelled by an annotator who never saw the coder's output. Its
 * first figures were taken before anyone read a case; later ones are in-sample. Every case goes to
 * target/wikinews-dev2-cases.txt for reading.
 */
class WikinewsDev2EvaluationTest extends RealNewsDevelopmentSetTest {
  WikinewsDev2EvaluationTest() {
    super("wikinews-dev2", "Wikinews development set 2", 280, 37);
  }
}
