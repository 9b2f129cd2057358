package dev.dyad.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Warning.Code;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WarningTest {

  @Property(tries = 300)
  void everyMessageReadsBackToItsOwnCode(@ForAll("warnings") Warning w) {
    assertThat(Code.of(w.message())).isEqualTo(w.code());
    assertThat(Warning.of(w.message())).isEqualTo(w);
  }

  @Test
  void everyCodeButOtherHasAFactory() {
    List<Code> made = factories(1, "x", 0.5).stream().map(Warning::code).toList();
    assertThat(made)
        .containsExactlyInAnyOrder(
            Arrays.stream(Code.values()).filter(c -> c != Code.OTHER).toArray(Code[]::new));
  }

  @Test
  void writesTheMessagesDyadHasAlwaysPrinted() {
    assertThat(Warning.captionsDropped(1).message()).isEqualTo("dropped 1 image caption");
    assertThat(Warning.captionsDropped(3).message()).isEqualTo("dropped 3 image captions");
    assertThat(Warning.seoNotesDropped(9).message())
        .isEqualTo("dropped SEO notes section (9 blocks)");
    assertThat(Warning.undecodableBytes("1").message())
        .isEqualTo("1 undecodable byte was replaced by U+FFFD");
    assertThat(Warning.wordsRepaired(1).message()).isEqualTo("repaired 1 run-together word");
    assertThat(Warning.ambiguousDate("05-03-2026", List.of("2026-03-05", "2026-05-03")).message())
        .isEqualTo("publication date \"05-03-2026\" is ambiguous: 2026-03-05 or 2026-05-03");
    assertThat(Warning.lowTextRatio(0.0123).message())
        .isEqualTo(
            "very low text-to-markup ratio (1.23%): the page may load its content by script");
  }

  @Test
  void aMessageDyadDoesNotWriteIsOther() {
    assertThat(Code.of("dropped the newsletter box")).isEqualTo(Code.OTHER);
    assertThat(Code.of("")).isEqualTo(Code.OTHER);
    assertThat(Code.of("repaired many run-together words")).isEqualTo(Code.OTHER);
  }

  @Provide
  Arbitrary<Warning> warnings() {
    Arbitrary<Integer> counts = Arbitraries.integers().between(0, 100_000);
    Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(40);
    Arbitrary<Double> ratios = Arbitraries.doubles().between(0, 1);
    Arbitrary<Integer> which = Arbitraries.integers().between(0, Code.values().length - 2);
    return Combinators.combine(counts, texts, ratios, which)
        .as((n, s, r, k) -> factories(n, s, r).get(k));
  }

  /** One warning of each code, in the order of the codes. */
  private static List<Warning> factories(int n, String text, double ratio) {
    return List.of(
        Warning.encodingFallback(text),
        Warning.undecodableBytes(Integer.toString(n)),
        Warning.markupErrors(n + " or more", text),
        Warning.noMainContent(),
        Warning.lowTextRatio(ratio),
        Warning.ambiguousDate(text, List.of(text, text)),
        Warning.seoNotesDropped(n),
        Warning.commentAreaDropped(n),
        Warning.seoClosingDropped(),
        Warning.captionsDropped(n),
        Warning.wordsRepaired(n),
        Warning.noTextLeft());
  }
}
