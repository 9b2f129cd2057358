package dev.dyad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> keys(String text) {
    return Tokenizer.tokenize(text).stream().map(Token::key).toList();
  }

  @Test
  void aSingularPossessiveIsItsOwnToken() {
    assertThat(keys("Korea's army")).containsExactly("korea", "'s", "army");
  }

  @Test
  void aPluralPossessiveReadsAsAPossessive() {
    assertThat(keys("the Democrats' inquiry")).containsExactly("the", "democrats", "'s", "inquiry");
    assertThat(keys("the Philippines' Foreign Minister"))
        .containsExactly("the", "philippines", "'s", "foreign", "minister");
    // The surface form stays what the text has.
    assertThat(Tokenizer.tokenize("the Democrats' inquiry").get(2).form()).isEqualTo("'");
  }

  @Test
  void aQuoteMarkIsNoPossessive() {
    assertThat(keys("he said 'no' to them")).contains("'").doesNotContain("'s");
    assertThat(keys("the Democrats'.")).containsExactly("the", "democrats", "'", ".");
  }

  @Test
  void anApostropheInsideANameKeepsItWhole() {
    assertThat(keys("O'Brien met d'Ivoire")).containsExactly("o'brien", "met", "d'ivoire");
  }

  @Property
  void tokensAreOrderedDisjointSpansOfTheText(@ForAll @StringLength(max = 60) String text) {
    int last = 0;
    for (Token t : Tokenizer.tokenize(text)) {
      assertThat(t.start()).isGreaterThanOrEqualTo(last);
      assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
      last = t.end();
    }
  }

  @Property
  void anApostropheAfterAnSBeforeAWordIsAPossessive(
      @ForAll("words") String owner, @ForAll("words") String owned) {
    assertThat(keys(owner + "s' " + owned)).containsSubsequence("'s", owned.toLowerCase());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> words() {
    return net.jqwik.api.Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(2)
        .ofMaxLength(8);
  }
}
