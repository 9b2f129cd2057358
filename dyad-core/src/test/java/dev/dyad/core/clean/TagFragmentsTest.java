package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.TryTimeout;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TryTimeout(seconds = 10)
class TagFragmentsTest {

  @Test
  void stripsBrokenListMarkup() {
    assertThat(
            TagFragments.strip(
                "< li >< strong >Better Roads : strong > New bridges planned ; li > ul > p >"))
        .isEqualTo("Better Roads: New bridges planned;");
  }

  @Test
  void stripsWholeTags() {
    assertThat(TagFragments.strip("One<br/>two</p> <span class=\"x\">three</span>"))
        .isEqualTo("One two three");
  }

  @Test
  void leavesMathsAndHeartsAlone() {
    assertThat(TagFragments.strip("If a > b then x < 3 <3")).isEqualTo("If a > b then x < 3 <3");
    assertThat(TagFragments.strip("p > 0.05 was reported")).isEqualTo("p > 0.05 was reported");
  }

  @Test
  void removesSpaceBeforePunctuationAndMovesMisplacedSpace() {
    assertThat(TagFragments.strip("In short ,the plan failed .Then it rained ; later : nothing ."))
        .isEqualTo("In short, the plan failed. Then it rained; later: nothing.");
  }

  @Test
  void addsMissingSpaceAfterGluedPunctuation() {
    assertThat(TagFragments.strip("the harbour,the town.Later it rained"))
        .isEqualTo("the harbour, the town. Later it rained");
  }

  @Test
  void keepsNumbersAndAbbreviations() {
    String text = "About 1,000 people, 3.5 percent, U.S. and e.g. example.com sites";
    assertThat(TagFragments.strip(text)).isEqualTo(text);
  }

  @Test
  void reattachesDetachedPossessive() {
    assertThat(TagFragments.strip("the region 's economy")).isEqualTo("the region's economy");
  }

  @Property
  void onlyRemovesCharactersApartFromSpaces(@ForAll("markupLike") String text) {
    String out = TagFragments.strip(text);
    assertThat(isSubsequence(out.replaceAll("\\s", ""), text.replaceAll("\\s", ""))).isTrue();
  }

  @Property
  void neverMakesTextLongerWithoutGluedPunctuation(@ForAll("markupLike") String text) {
    String input = text.replaceAll("[,.]", "");
    assertThat(TagFragments.strip(input).length()).isLessThanOrEqualTo(input.length());
  }

  @Property
  void skippingPatternsThatCannotMatchChangesNothing(
      @ForAll("markupLike") String markup, @ForAll String any) {
    assertThat(TagFragments.strip(markup)).isEqualTo(TagFragments.stripUnguarded(markup));
    assertThat(TagFragments.strip(any)).isEqualTo(TagFragments.stripUnguarded(any));
  }

  @Property
  void neverThrows(@ForAll String text) {
    TagFragments.strip(text);
  }

  @Provide
  Arbitrary<String> markupLike() {
    return Arbitraries.strings().withChars("<>/ \tpliustrongAbcÉé,.;:!?'s1").ofMaxLength(40);
  }

  private static boolean isSubsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length();
  }
}
