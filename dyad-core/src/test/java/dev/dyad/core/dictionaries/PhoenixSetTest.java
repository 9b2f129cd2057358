package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.actors.ActorMention;
import dev.dyad.testkit.Corpora;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The field's full set, PETRARCH-2's Phoenix actors and agents with the CAMEO.2.0 verbs, read in
 * place from ../shared/petrarch2 (skipped when absent). Load time and memory are measured by {@code
 * dyad dictionaries check}, not here.
 */
class PhoenixSetTest {
  private static DictionarySet set;

  @BeforeAll
  static void load() {
    set =
        DictionarySet.load(
            DictionarySpec.parse(
                "petrarch:" + Corpora.petrarch2().resolve("dictionaries/phoenix.ini")));
  }

  @Test
  void compilesAlmostEveryEntry() {
    LoadSummary s = set.summary();
    assertThat(s.actorEntries()).isGreaterThan(25_000);
    assertThat(s.patterns()).isGreaterThan(8_000);
    assertThat(s.discards()).isGreaterThan(400);
    for (FileSummary f : s.files()) {
      if (f.role().equals("actors") || f.role().equals("agents")) {
        assertThat((double) f.merged() / f.read()).as(f.file()).isGreaterThan(0.99);
      }
    }
  }

  @Test
  void reportsTheMessyLinesOfTheRealFilesAndGoesOn() {
    List<SkippedLine> skipped =
        set.summary().files().stream().flatMap(f -> f.skipped().stream()).toList();
    // A date with a digit missing, mojibake in the agents, bytes that are not UTF-8.
    assertThat(skipped)
        .anyMatch(s -> s.reason().matches("bad date '\\d{7}'") && s.line() > 0)
        .anyMatch(s -> s.reason().contains("mojibake") && s.file().endsWith("agents.txt"))
        .anyMatch(s -> s.reason().contains("not UTF-8"));
    assertThat(set.summary().files().stream().flatMap(f -> f.notes().keySet().stream()))
        .isNotEmpty();
  }

  @Test
  void codesPeopleByTheirOfficeOnTheArticlesDate() {
    ActorMatcher matcher = new ActorMatcher(set.actors());
    assertThat(code(matcher, "Barack Obama spoke.", LocalDate.of(2010, 5, 3))).isEqualTo("USAGOV");
    assertThat(code(matcher, "The United Nations spoke.", LocalDate.of(2010, 5, 3)))
        .isEqualTo("IGOUNO");
    assertThat(code(matcher, "Afghan police spoke.", LocalDate.of(2010, 5, 3))).isEqualTo("AFGCOP");
  }

  private static String code(ActorMatcher matcher, String sentence, LocalDate date) {
    List<ActorMention> m = matcher.find(sentence, date);
    return m.isEmpty() ? "" : m.get(0).actor().code();
  }
}
