package dev.dyad.core;

/**
 * Scores the whole pipeline on the fourth development set of real news
 * (coding/wikinews-dev4/README.md): sentences naming acts between parties, from the Wikinews
 * articles outside the blind set, that the first three development sets left, labelled by an
 * annotator who never saw the coder's output. Its first figures were taken before anyone read a
 * case; later ones are in-sample. Every case goes to target/wikinews-dev4-cases.txt for reading.
 */
class WikinewsDev4EvaluationTest extends RealNewsDevelopmentSetTest {
  WikinewsDev4EvaluationTest() {
    super("wikinews-dev4", "Wikinews development set 4", 300, 7);
  }
}
