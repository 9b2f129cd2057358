package dev.dyad.core;

/**
 * Scores the whole pipeline on the fifth development set of real news
 * (coding/wikinews-dev5/README.md): every sentence naming an act between parties, in the Wikinews
 * articles outside the blind set, that the first four development sets left, labelled by two
 * annotators who never saw the coder's output. Its first figures were taken before anyone read a
 * case; later ones are in-sample. Every case goes to target/wikinews-dev5-cases.txt for reading.
 */
class WikinewsDev5EvaluationTest extends RealNewsDevelopmentSetTest {
  WikinewsDev5EvaluationTest() {
    super("wikinews-dev5", "Wikinews development set 5", 390, 17);
  }
}
