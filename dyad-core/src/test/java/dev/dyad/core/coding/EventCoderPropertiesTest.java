package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.TryTimeout;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@TryTimeout(seconds = 10)
class EventCoderPropertiesTest {
  private static final List<String> PIECES =
      List.of(
          "North Korea",
          "Russia",
          "Seoul",
          "and",
          ",",
          "the two countries",
          "they",
          "it",
          "sent",
          "shells",
          "to",
          "by",
          "were",
          "supplied",
          "met",
          "with",
          "condemned",
          "'s",
          "deployment",
          "of",
          "troops",
          "…",
          "between",
          "Kim",
          "Putin",
          "held talks",
          "\u2019s",
          "-",
          " ",
          "(",
          ")",
          ";",
          "\uD83D\uDE00",
          "U.S.",
          "Japan",
          "Both nations",
          "signed",
          "a treaty",
          "e\u0301",
          "\n",
          "not",
          "could");

  @Property(tries = 400)
  void neverThrowsOnArbitraryText(@ForAll String sentence) {
    check(sentence);
  }

  @Property(tries = 800)
  void neverThrowsOnEventLikeText(@ForAll("eventLike") String sentence) {
    check(sentence);
  }

  @Example
  void aGarbledNameWithOneSurnameIsNeverBothSides() {
    // Found by neverThrowsOnEventLikeText: two phrases ending in one surname are one person.
    check(
        "North Korea Putin shells Russia Putin North Korea North Korea North Korea North Korea"
            + " North Korea North Korea North Korea North Korea");
  }

  @Provide
  Arbitrary<String> eventLike() {
    return Arbitraries.of(PIECES)
        .list()
        .ofMaxSize(24)
        .map(parts -> String.join(parts.size() % 3 == 0 ? "" : " ", parts));
  }

  private static void check(String sentence) {
    var doc = Docs.of("North Korea and Russia held talks.", sentence);
    for (Event e : Docs.CODER.code(doc)) {
      String text = doc.sentences().get(e.sentenceIndex()).text();
      assertThat(e.span().start()).isBetween(0, e.span().end());
      assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(e.source().code()).isNotEqualTo(e.targetCode());
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
  }
}
