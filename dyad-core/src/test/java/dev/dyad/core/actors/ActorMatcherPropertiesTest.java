package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.TryTimeout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@TryTimeout(seconds = 10)
class ActorMatcherPropertiesTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());
  private static final List<String> PIECES =
      List.of(
          "North",
          "Korea",
          "Korean",
          "'s",
          "\u2019s",
          "-",
          "\u2013",
          "U.S.",
          "US",
          "us",
          "U.",
          "S",
          ".",
          "Russia",
          "soldiers",
          "President",
          "Putin",
          "Kim",
          "Jong",
          "un",
          "People's",
          "Army",
          "the",
          "Latin",
          "American",
          " ",
          "  ",
          "T\u00fcrkiye",
          "e\u0301",
          "\uD83D\uDE00",
          "'",
          "\u00a0",
          "\n",
          "KCNA",
          "of",
          "from");

  @Property(tries = 500)
  void neverThrowsAndReportsOrderedSpansInsideTheSentence(@ForAll String sentence) {
    check(sentence);
  }

  @Property(tries = 1000)
  void neverThrowsOnDictionaryLikeText(@ForAll("dictionaryLike") String sentence) {
    check(sentence);
  }

  @Provide
  Arbitrary<String> dictionaryLike() {
    return Arbitraries.of(PIECES)
        .list()
        .ofMaxSize(20)
        .map(parts -> String.join(parts.size() % 2 == 0 ? " " : "", parts));
  }

  private static void check(String sentence) {
    List<ActorMention> mentions = MATCHER.find(sentence, Optional.of(LocalDate.of(2023, 1, 1)));
    int previousEnd = 0;
    for (ActorMention m : mentions) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(sentence.length());
      assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
      previousEnd = m.end();
    }
  }
}
