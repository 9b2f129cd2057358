package dev.dyad.core;

import java.io.IOException;

/**
 * Scores the whole pipeline on the first blind real-news set of issue 11: sentences of
 * ../shared/corpus/wikinews drawn by title topic and labelled by annotators who never saw the
 * coder's output (coding/wikinews-blind/README.md). It was scored blind for sixteen sessions; from
 * the seventeenth its misses are read, so it is a development set like the others (every case goes
 * to target/wikinews-blind-cases.txt) and the second blind set ({@link
 * WikinewsBlind2EvaluationTest}) is the honest figure.
 */
class WikinewsBlindEvaluationTest extends RealNewsDevelopmentSetTest {
  WikinewsBlindEvaluationTest() {
    super("wikinews-blind", "Blind Wikinews set (read from session 17)", 400, 28);
  }

  /** The set's figures under {@code config}, for the dictionary comparison. */
  static RealNewsSet.Figures score(PipelineConfig config) throws IOException {
    return RealNewsSet.score("wikinews-blind", config, c -> {});
  }
}
