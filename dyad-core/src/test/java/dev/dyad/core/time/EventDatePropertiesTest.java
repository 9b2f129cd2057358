package dev.dyad.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.EventDate;
import dev.dyad.core.model.EventSpan;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import dev.dyad.testkit.TryTimeout;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@TryTimeout(seconds = 10)
class EventDatePropertiesTest {
  private static final String ISO = "\\d{4}(-\\d{2}(-\\d{2})?)?";

  @Property(tries = 1000)
  void neverThrowsAndWritesWellFormedDates(
      @ForAll("temporalSentences") String sentence,
      @ForAll("triggers") int trigger,
      @ForAll("publicationDates") PublicationDate published) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int t = tokens.isEmpty() ? 0 : trigger % tokens.size();
    // dateOf has no safety net: a bug would surface here instead of being swallowed.
    if (!tokens.isEmpty()) {
      assertWellFormed(EventDates.dateOf(tokens, new EventSpan(t, t, t), sentence, published));
    }
    assertWellFormed(EventDates.date(tokens, new EventSpan(t, t, t), sentence, published));
  }

  @Property(tries = 500)
  void neverThrowsOnTokensThatDoNotMatchTheSentence(
      @ForAll("tokenLists") List<Token> tokens,
      @ForAll String sentence,
      @ForAll("triggers") int trigger,
      @ForAll("publicationDates") PublicationDate published) {
    EventSpan span = new EventSpan(trigger, trigger, trigger);
    if (!tokens.isEmpty()) {
      assertWellFormed(EventDates.dateOf(tokens, span, sentence, published));
    }
    assertWellFormed(EventDates.date(tokens, span, sentence, published));
  }

  private static void assertWellFormed(EventDate d) {
    assertThat(d).isNotNull();
    d.date()
        .ifPresent(
            x -> {
              assertThat(x).matches(ISO);
              assertThat(Integer.parseInt(x.substring(0, 4))).isBetween(1800, 2100);
              // a month or day that exists: parse at its own precision
              if (x.length() >= 7) {
                assertThat(Integer.parseInt(x.substring(5, 7))).isBetween(1, 12);
              }
              if (x.length() == 10) {
                assertThat(LocalDate.parse(x)).isNotNull();
              }
            });
    if (d.basis() == EventDate.Basis.PUBLISHED) {
      assertThat(d.historical()).isFalse();
    }
  }

  @Provide
  Arbitrary<String> temporalSentences() {
    Arbitrary<String> words =
        Arbitraries.oneOf(
            Arbitraries.of(
                "in",
                "on",
                "last",
                "next",
                "this",
                "since",
                "the",
                "of",
                "early",
                "mid",
                "-",
                ",",
                ".",
                "ago",
                "week",
                "weekend",
                "month",
                "year",
                "years",
                "decades",
                "two",
                "yesterday",
                "today",
                "Monday",
                "Sunday",
                "October",
                "Oct.",
                "May",
                "March",
                "Feb",
                "29",
                "31",
                "18th",
                "1950s",
                "2000s",
                "Cold",
                "War",
                "Korean",
                "World",
                "II",
                "Soviet",
                "Soviet-era",
                "former",
                "after",
                "before",
                "Following",
                "will",
                "sent",
                "2024-02-30",
                "07/11/2024",
                "autumn",
                "end"),
            Arbitraries.integers().between(0, 2200).map(String::valueOf),
            Arbitraries.strings().ofMaxLength(6));
    return words.list().ofMaxSize(14).map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<Integer> triggers() {
    return Arbitraries.integers().between(0, 40);
  }

  @Provide
  Arbitrary<List<Token>> tokenLists() {
    Arbitrary<Token> token =
        Combinators.combine(
                Arbitraries.integers().between(-5, 60),
                Arbitraries.integers().between(-5, 60),
                Arbitraries.of(
                    "in", "2024", "october", "-", "monday", "the", "cold", "war", "soviet", "", " ",
                    "last", "week", "s", "1950s", "ago", "two"))
            .as((s, e, k) -> new Token(s, e, k, k, false));
    return token.list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<PublicationDate> publicationDates() {
    Arbitrary<LocalDate> day =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Arbitraries.oneOf(
        Arbitraries.just(PublicationDate.UNKNOWN),
        day.map(d -> PublicationDate.known(d, PublicationDate.Basis.METADATA, d.toString())),
        Combinators.combine(day, day)
            .as(
                (a, b) ->
                    a.equals(b)
                        ? PublicationDate.UNKNOWN
                        : PublicationDate.ambiguous(
                            List.of(a, b), PublicationDate.Basis.TEXT, "x")));
  }
}
