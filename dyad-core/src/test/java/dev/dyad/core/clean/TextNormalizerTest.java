package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.TryTimeout;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TryTimeout(seconds = 10)
class TextNormalizerTest {

  @Test
  void repairsUtf8ReadAsCp1252() {
    assertThat(TextNormalizer.normalize("The ministerâ€™s visit â€” brief"))
        .isEqualTo("The minister's visit — brief");
    assertThat(TextNormalizer.normalize("A cafÃ© in MÃ¼nchen")).isEqualTo("A café in München");
  }

  @Test
  void repairsNonBreakingSpaceMojibake() {
    assertThat(TextNormalizer.normalize("1.Â\u00A0Â\u00A0Talks")).isEqualTo("1. Talks");
  }

  @Test
  void keepsCorrectAccents() {
    for (String correct :
        new String[] {
          "Jarosław Kaczyński",
          "Château de Versailles",
          "São Paulo",
          "Ærø",
          "naïve Zoë",
          "Dvořák",
          "Ã"
        }) {
      assertThat(TextNormalizer.normalize(correct)).isEqualTo(correct);
    }
  }

  @Test
  void straightensCurlyQuotes() {
    assertThat(TextNormalizer.normalize("\u201CIt\u2019s late,\u201D she said"))
        .isEqualTo("\"It's late,\" she said");
  }

  @Test
  void turnsOddSpacesIntoOneSpaceAndDropsInvisibleCharacters() {
    assertThat(TextNormalizer.normalize("\u00A0 a\u2009b\u200B c\u0007\t\n d \uFEFF"))
        .isEqualTo("a b c d");
  }

  @Property
  void isIdempotent(@ForAll String text) {
    String once = TextNormalizer.normalize(text);
    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
  }

  @Property
  void neverMakesTextLonger(@ForAll String text) {
    assertThat(TextNormalizer.normalize(text).length()).isLessThanOrEqualTo(text.length());
  }

  @Property
  void isIdempotentOnMojibakeAlphabet(@ForAll("mojibake") String text) {
    String once = TextNormalizer.normalize(text);
    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    assertThat(once.length()).isLessThanOrEqualTo(text.length());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> mojibake() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("ÃÂâ€™©\u0083\u00A0 \u200B\u0001é’“a")
        .ofMaxLength(20);
  }
}
