package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.patterns.SentenceDiscards;
import dev.dyad.core.text.Tokenizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DiscardFileReaderTest {
  private final FileLog log = new FileLog("test.discards.txt", "discards");
  private final SentenceDiscards discards =
      SentenceDiscards.of(
          DiscardFileReader.read(
              DictionaryFile.lines("CROQUET\nHARBOUR REGATTA_ # a note\n+SNOOKER FINAL\n"), log));

  @Test
  void matchesAStemUnlessTheLineEndsWithAnUnderscore() {
    assertThat(discards.discards(Tokenizer.tokenize("Croquet players met the mayor."))).isTrue();
    assertThat(discards.discards(Tokenizer.tokenize("The croqueting season began."))).isTrue();
    assertThat(discards.discards(Tokenizer.tokenize("The harbour regatta began."))).isTrue();
    assertThat(discards.discards(Tokenizer.tokenize("The harbour regattas began."))).isFalse();
  }

  @Test
  void aStoryPhraseDiscardsTheWholeStory() {
    assertThat(discards.discardsStory(Tokenizer.tokenize("After the snooker finals, …"))).isTrue();
    assertThat(discards.discardsStory(Tokenizer.tokenize("Croquet players met."))).isFalse();
    assertThat(discards.hasStoryPhrases()).isTrue();
    assertThat(log.summary().merged()).isEqualTo(3);
  }

  @Property(tries = 300)
  void neverThrows(@ForAll("files") String text, @ForAll("sentences") String sentence) {
    FileLog random = new FileLog("random.txt", "discards");
    List<SentenceDiscards.Phrase> phrases =
        DiscardFileReader.read(DictionaryFile.lines(text), random);
    SentenceDiscards d = SentenceDiscards.of(phrases);
    d.discards(Tokenizer.tokenize(sentence));
    d.discardsStory(Tokenizer.tokenize(sentence));
    assertThat(random.summary().merged() + random.summary().skipped().size())
        .isEqualTo(random.summary().read());
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of("CROQUET", "+", "_", " ", "\n", "A", "B B", "#", "\u00c3\u00a9", "-")
        .list()
        .ofMaxSize(30)
        .map(p -> String.join("", p));
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of("croquet", "a", "b", " ", "croqueting", ".", "-")
        .list()
        .ofMaxSize(20)
        .map(p -> String.join(" ", p));
  }
}
