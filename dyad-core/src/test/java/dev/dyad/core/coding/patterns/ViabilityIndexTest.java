package dev.dyad.core.coding.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The viability index must say exactly what its definition says: a pattern is viable in a sentence
 * when each of its required word groups (not optional, not the trigger) shares a start word with
 * the sentence. The definition is written here on plain sets; the index is the fast form.
 */
class ViabilityIndexTest {
  private static final PatternBook BOOK = PatternBook.builtIn();
  private static final List<String> WORDS = wordsOfTheBook();

  @Property(tries = 300)
  void agreesWithTheDefinitionOnEveryBuiltInPattern(@ForAll("sentences") List<String> keys) {
    List<Token> tokens = tokens(keys);
    SentenceWords words = BOOK.wordsOf(tokens);
    Set<String> present = new HashSet<>(keys);
    for (EventPattern p : BOOK.patterns()) {
      assertThat(BOOK.viable(p, words))
          .as(p.id() + " in " + keys)
          .isEqualTo(definition(p, present));
    }
  }

  @Test
  void aPatternIsViableOnlyWithEachRequiredGroupPresent() {
    EventPattern p = pattern("aid.send.weapons");
    List<String> required = new ArrayList<>();
    for (int i = 0; i < p.elements().size(); i++) {
      if (i != p.trigger()
          && p.elements().get(i) instanceof PatternElement.Words w
          && !w.optional()) {
        required.add(new TreeSet<>(w.firstKeys()).first());
      }
    }
    assertThat(required).isNotEmpty();
    assertThat(BOOK.viable(p, BOOK.wordsOf(tokens(required)))).isTrue();
    for (int drop = 0; drop < required.size(); drop++) {
      List<String> fewer = new ArrayList<>(required);
      String gone = fewer.remove(drop);
      if (!fewer.contains(gone)) {
        assertThat(BOOK.viable(p, BOOK.wordsOf(tokens(fewer)))).as("without " + gone).isFalse();
      }
    }
  }

  @Test
  void aPatternTheBookWasNotBuiltWithIsLeftToTheMatcher() {
    EventPattern foreign = PatternBook.of(List.of(pattern("aid.send.weapons"))).patterns().get(0);
    PatternBook other = PatternBook.of(List.of(pattern("assault.abduct")));
    assertThat(other.viable(foreign, other.wordsOf(tokens(List.of("nothing"))))).isTrue();
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> known = Arbitraries.of(WORDS);
    Arbitrary<String> unknown = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, known), net.jqwik.api.Tuple.of(1, unknown))
        .list()
        .ofMinSize(0)
        .ofMaxSize(40);
  }

  private static boolean definition(EventPattern p, Set<String> present) {
    for (int i = 0; i < p.elements().size(); i++) {
      if (i != p.trigger()
          && p.elements().get(i) instanceof PatternElement.Words w
          && !w.optional()
          && w.firstKeys().stream().noneMatch(present::contains)) {
        return false;
      }
    }
    return true;
  }

  private static EventPattern pattern(String id) {
    return BOOK.patterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Token> tokens(List<String> keys) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String k : keys) {
      tokens.add(new Token(at, at + k.length(), k, k, false));
      at += k.length() + 1;
    }
    return tokens;
  }

  private static List<String> wordsOfTheBook() {
    Set<String> words = new TreeSet<>();
    for (EventPattern p : BOOK.patterns()) {
      for (PatternElement e : p.elements()) {
        if (e instanceof PatternElement.Words w) {
          words.addAll(w.firstKeys());
        }
      }
    }
    return List.copyOf(words);
  }
}
