package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.dictionaries.DictionarySpec;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first blind real-news set (issue 11) coded three ways, issue 12: with the built-in
 * dictionaries, with the field's Phoenix and CAMEO set
 * (../shared/petrarch2/dictionaries/phoenix.ini, read in place), and with both merged. Only the
 * figures are printed, never the sentences. The set has been read since session 17
 * (coding/wikinews-blind/README.md), which tunes the built-in dictionaries, not the field's, so the
 * comparison now flatters the built-in ones a little. The floors are the figures reached, so that a
 * change to the dictionary readers that costs events fails.
 */
class WikinewsBlindDictionariesTest {
  private static final Map<String, RealNewsSet.Figures> FIGURES = new LinkedHashMap<>();

  @BeforeAll
  static void codeTheSetThreeWays() throws IOException {
    String phoenix = "petrarch:" + Corpora.petrarch2().resolve("dictionaries/phoenix.ini");
    for (String spec : new String[] {"builtin", phoenix, "builtin+" + phoenix}) {
      PipelineConfig config =
          new PipelineConfig(IngestOptions.DEFAULTS, Optional.empty(), DictionarySpec.parse(spec));
      FIGURES.put(spec, WikinewsBlindEvaluationTest.score(config));
    }
    System.out.println(
        "Blind Wikinews set, dyad + type (dyad + type + modality), by dictionaries:");
    FIGURES.forEach(
        (spec, f) ->
            System.out.printf(
                "  %-9s %s  (%s)%n",
                spec.startsWith("builtin+")
                    ? "merged"
                    : spec.startsWith("builtin") ? "builtin" : "petrarch",
                f.dyadType(),
                f.full()));
  }

  @Test
  void scoresTheWholeSetEachWay() {
    FIGURES.values().forEach(f -> assertThat(f.scored()).isGreaterThanOrEqualTo(400));
  }

  @Test
  void keepsTheFiguresReached() {
    // Events found (dyad + type) and F1 when these floors were set: builtin 11 and 0.13,
    // petrarch 8 and 0.084, merged 14 and 0.135. The fixes for PETRARCH-2's own suite (WEIS codes,
    // comma-delimited clauses, coordinations with modifiers...) cost the PETRARCH set 3 more false
    // events here (29 to 32, F1 0.085 to 0.084); the set was not tuned on. Raise them when the
    // figures rise.
    int[] found = {11, 8, 14};
    double[] f1 = {0.13, 0.084, 0.135};
    int k = 0;
    for (RealNewsSet.Figures f : FIGURES.values()) {
      assertThat(f.dyadType().tp).as("events found, set %d", k).isGreaterThanOrEqualTo(found[k]);
      assertThat(f.dyadType().f1()).as("F1, set %d", k).isGreaterThanOrEqualTo(f1[k] - 0.005);
      k++;
    }
  }
}
