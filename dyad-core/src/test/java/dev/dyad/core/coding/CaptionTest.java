package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** A photo or map caption kept in a page's text describes a picture: nothing in it is coded. */
class CaptionTest {
  @Test
  void aPhotoCaptionCodesNothing() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "President Bill Clinton (center) looks on as the leaders of Jordan and Israel"
                        + " sign the peace treaty")))
        .isEmpty();
  }

  @Test
  void aMapLegendCodesNothing() {
    assertThat(
            Docs.dyads(
                Docs.of("\u2588\u2588 Territory captured by Armenian forces from Azerbaijan")))
        .isEmpty();
  }

  @Test
  void aSentenceWithAPositionAndAFullStopIsStillRead() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Jordan and Israel signed a peace treaty on Wednesday, with Clinton (center)"
                        + " looking on.")))
        .isNotEmpty();
  }

  @Test
  void captionsAreToldApartByTheirShape() {
    assertThat(EventCoder.isPictureCaption(Tokenizer.tokenize("Leaders (left) meet in Oslo")))
        .isTrue();
    assertThat(
            EventCoder.isPictureCaption(
                Tokenizer.tokenize("Leaders met in Oslo (left) on Monday.")))
        .isFalse();
    assertThat(EventCoder.isPictureCaption(Tokenizer.tokenize("Russia attacked Ukraine")))
        .isFalse();
  }
}
