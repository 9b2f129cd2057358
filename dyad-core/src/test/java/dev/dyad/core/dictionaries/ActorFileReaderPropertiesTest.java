package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any actor file reads without an exception, and whatever it keeps can be matched. */
class ActorFileReaderPropertiesTest {
  @Property(tries = 300)
  void neverThrowsAndKeepsOnlyEntriesWithAPhraseAndACode(@ForAll("files") String text) {
    FileLog log = new FileLog("random.txt", "actors");
    List<PetrarchActor> actors = ActorFileReader.read(DictionaryFile.lines(text), log);
    for (PetrarchActor a : actors) {
      assertThat(a.phrases()).isNotEmpty().allMatch(Phrases::hasWord);
      assertThat(a.codes()).isNotEmpty();
      a.codes()
          .forEach(
              c -> {
                if (c.from().isPresent() && c.to().isPresent()) {
                  assertThat(c.from().get()).isBeforeOrEqualTo(c.to().get());
                }
              });
    }
    FileSummary summary = log.summary();
    assertThat(summary.read()).isGreaterThanOrEqualTo(actors.size());
    assertThat(summary.skipped()).allMatch(s -> s.line() >= 0 && !s.reason().isBlank());
    ActorCompiler compiler = new ActorCompiler(new IdAllocator());
    ActorMatcher matcher =
        new ActorMatcher(
            ActorDictionary.of(actors.stream().map(a -> compiler.compile(a, log)).toList()));
    assertThat(matcher.find(text.replace('\n', ' '), java.util.Optional.empty())).isNotNull();
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "RURITANIA",
            "KING_RUDOLF_",
            "+STRELSAU",
            "+",
            " [RUR]",
            " [RURGOV]",
            "\t[RURGOV 19900101-941231]",
            "\t[RURGOV >950101]",
            "\t[RURGOV <2001011]",
            "\t[ RUR ]",
            "[",
            "]",
            "-",
            ">",
            "\n",
            "\n",
            " ",
            "_",
            "; note",
            "# note",
            "[A/B]",
            "\u00c3\u0160",
            "\u001a");
    return pieces.list().ofMaxSize(60).map(p -> String.join("", p));
  }
}
