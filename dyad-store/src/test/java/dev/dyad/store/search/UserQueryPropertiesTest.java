package dev.dyad.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.TryTimeout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** No user query makes a search throw, whatever its syntax or size. */
@TryTimeout(seconds = 10)
class UserQueryPropertiesTest {
  // jqwik does not honour JUnit's @TempDir, so the folder is made and removed here.
  static Path dir;
  static SentenceIndex index;

  @BeforeContainer
  static void indexSomeSentences() throws IOException {
    dir = Files.createTempDirectory("dyad-search-");
    index = SentenceIndex.open(dir);
    index.add(
        Docs.of(
            "d1", "North Korea shipped artillery shells to Russia.", "Seoul: officials said so."));
    index.add(
        Docs.of("d2", "Russia denied receiving troops.", "The ministry did not request them."));
    index.commit();
  }

  @AfterContainer
  static void removeIndex() throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Property(tries = 1000)
  void anyQueryIsAnswered(@ForAll("queries") String query) throws IOException {
    SearchResult result = index.searchWithProblems(query, 10);
    assertThat(result.hits()).hasSizeLessThanOrEqualTo(10);
  }

  @Example
  void hugeAndDeeplyNestedQueriesAreAnswered() throws IOException {
    for (String q :
        new String[] {
          "(".repeat(5000) + "shells" + ")".repeat(5000),
          "shells ".repeat(3000),
          "a~ ".repeat(400),
          "s* ".repeat(400),
          "/.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*/",
          "/(a|aa)*b{1000}[^x]{500}/",
          "\uD83D\uDE00".repeat(600)
        }) {
      assertThat(index.searchWithProblems(q, 10)).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "shells",
            "Russia",
            "\"",
            "\"artillery shells\"",
            "AND",
            "OR",
            "NOT",
            "&&",
            "||",
            "-",
            "+",
            "!",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "TO",
            "*",
            "?",
            "~",
            "~2",
            "^",
            "^3",
            ":",
            "\\",
            "/",
            "/.*/",
            "text:",
            "doc_id:",
            "sh*",
            "*ells",
            "Seoul:",
            "a",
            "the",
            "é",
            "\u0000",
            "\uD83D",
            " ");
    return Arbitraries.oneOf(
        tokens.list().ofMaxSize(25).map(l -> String.join(" ", l)),
        tokens.list().ofMaxSize(25).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("()[]{}\"*?~^:/\\+-!&| abc").ofMaxLength(60));
  }
}
