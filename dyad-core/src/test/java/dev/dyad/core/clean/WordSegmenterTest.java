package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.TryTimeout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TryTimeout(seconds = 10)
class WordSegmenterTest {
  private final WordSegmenter segmenter = WordSegmenter.english();

  @Test
  void repairsWordsRunTogether() {
    WordSegmenter.Repair repair =
        segmenter.repair(
            "The talks may collapseamidrisingtensions as the armiesmoved towardsPoland today.",
            Set.of());
    assertThat(repair.text())
        .isEqualTo(
            "The talks may collapse amid rising tensions as the armies moved towards Poland today.");
    assertThat(repair.repairs()).isEqualTo(3);
  }

  @Test
  void usesTheDocumentVocabulary() {
    WordSegmenter.Repair repair =
        segmenter.repair(
            "Talks withZubrovia and theZubrovianleaders", Set.of("zubrovia", "zubrovian"));
    assertThat(repair.text()).isEqualTo("Talks with Zubrovia and the Zubrovian leaders");
  }

  @Test
  void leavesALoneAmbiguousRunAlone() {
    // "in stance" and "high light" look as good as a lost space to a lexicon: not confident.
    assertThat(segmenter.repair("For instance, the highlights were brief.", Set.of()).repairs())
        .isZero();
    assertThat(
            segmenter
                .repair("The ministerial reshuffle surprised Blackwater analysts.", Set.of())
                .repairs())
        .isZero();
  }

  @Test
  void leavesUrlsNamesAndAcronymsAlone() {
    String text =
        "See www.northkoreanews.com or @worldpeacenow; NATOSUMMIT and McDonald and iPhone";
    assertThat(segmenter.repair(text, Set.of()).text()).isEqualTo(text);
  }

  @Test
  void neverSplitsAWordOfTheLexicon() {
    List<String> split = new ArrayList<>();
    for (String word : segmenter.lexicon()) {
      // Inside a damaged text, where weak splits are trusted, so the test is the hardest.
      String text = "theworldbetweenusall towardsRussia " + word;
      String out = segmenter.repair(text, Set.of()).text();
      if (!out.endsWith(" " + word)) {
        split.add(word);
      }
    }
    System.out.println("lexicon words: " + segmenter.lexicon().size() + ", split: " + split.size());
    assertThat(split).isEmpty();
  }

  @Property
  void onlyAddsSpaces(@ForAll("prose") String text) {
    String out = segmenter.repair(text, Set.of()).text();
    assertThat(out.replace(" ", "")).isEqualTo(text.replace(" ", ""));
  }

  @Property
  void vocabularyIsTheWordsOfTwoOrMoreLettersRunsSeenTwice(@ForAll("mixed") String text) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
    while (m.find()) {
      counts.merge(m.group().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    counts.values().removeIf(n -> n < 2);
    assertThat(WordSegmenter.vocabulary(text)).isEqualTo(counts.keySet());
  }

  @Property
  void theCheapProseTestNeverMissesWhatThePatternFinds(@ForAll("mixed") String chunk) {
    if (java.util.regex.Pattern.compile("[/@_\\\\#=\\d]|www\\.|\\.(?:com|org|net)\\b")
        .matcher(chunk)
        .find()) {
      assertThat(WordSegmenter.mayNotBeProse(chunk)).isTrue();
    }
  }

  @Provide
  Arbitrary<String> mixed() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcomrgnetwW.É/@_\\#=1 '\u0301").ofMaxLength(30),
        Arbitraries.strings().ofMaxLength(30));
  }

  @Property
  void neverThrows(@ForAll String text) {
    segmenter.repair(text, WordSegmenter.vocabulary(text));
  }

  @Provide
  Arbitrary<String> prose() {
    Arbitrary<String> word =
        Arbitraries.of(
            "the", "war", "in", "Russia", "and", "peace", "talks", "between", "nations", ", ",
            ". ");
    return word.list()
        .ofMaxSize(12)
        .flatMap(
            words ->
                Arbitraries.of(" ", "")
                    .list()
                    .ofSize(words.size())
                    .map(
                        gaps -> {
                          StringBuilder sb = new StringBuilder();
                          for (int i = 0; i < words.size(); i++) {
                            sb.append(words.get(i)).append(gaps.get(i));
                          }
                          return sb.toString();
                        }));
  }

  @Test
  void repairsTwoNeighbouringRunsTogether() {
    WordSegmenter.Repair repair =
        WordSegmenter.english()
            .repair("Both sides want to deepenmilitary tiesbetween the two.", java.util.Set.of());
    assertThat(repair.text()).isEqualTo("Both sides want to deepen military ties between the two.");
    assertThat(repair.repairs()).isEqualTo(2);
  }

  @Test
  void leadersNamesSplitTextYetAreNoEnglishWords() {
    WordSegmenter english = WordSegmenter.english();
    assertThat(english.lexicon()).contains("angela", "johnson", "the");
    assertThat(english.personalNames()).contains("angela", "johnson").doesNotContain("the", "nato");
  }
}
