package dev.dyad.core.coding.modality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.EventSpan;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import dev.dyad.testkit.TryTimeout;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

@TryTimeout(seconds = 10)
class CueModalityPropertiesTest {
  private static final List<String> WORDS =
      List.of(
          "if",
          "true",
          ",",
          "would",
          "could",
          "not",
          "said",
          "that",
          "which",
          "a",
          "move",
          "alleged",
          "deployment",
          "sent",
          "troops",
          ";",
          "(",
          ")",
          "denied",
          "according",
          "to",
          "officials",
          "Should",
          "Had",
          "May",
          "-",
          "'",
          "plans",
          "no",
          "evidence",
          "reportedly",
          "claim",
          "unless",
          "only",
          ".",
          "—",
          ":",
          "as",
          "while");

  private final CueModalityDetector detector = CueModalityDetector.builtIn();

  @Provide
  Arbitrary<List<String>> sentences() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(30);
  }

  @Property
  void detectNeverThrowsOnSpansWithinBounds(
      @ForAll("sentences") List<String> words,
      @ForAll @IntRange(min = 0, max = 1000) int a,
      @ForAll @IntRange(min = 0, max = 1000) int b,
      @ForAll @IntRange(min = 0, max = 1000) int c) {
    List<Token> tokens = Tokenizer.tokenize(String.join(" ", words));
    if (tokens.isEmpty()) {
      return;
    }
    int[] sorted =
        java.util.stream.IntStream.of(a, b, c).map(x -> x % tokens.size()).sorted().toArray();
    ModalityReading reading =
        detector.detect(tokens, new EventSpan(sorted[1], sorted[0], sorted[2]));
    assertThat(reading.modality() == Modality.ASSERTED).isEqualTo(reading.cue().isEmpty());
  }

  @Property
  void detectNeverThrowsOnArbitraryText(@ForAll String text, @ForAll @IntRange(max = 500) int at) {
    List<Token> tokens = Tokenizer.tokenize(text);
    if (tokens.isEmpty()) {
      return;
    }
    int trigger = at % tokens.size();
    assertThat(detector.detect(tokens, new EventSpan(trigger, 0, tokens.size() - 1))).isNotNull();
  }
}
