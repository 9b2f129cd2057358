package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TitleDetectorTest {

  @Test
  void picksTheRepeatedHeadlineAndRemovesEveryCopy() {
    List<Block> blocks =
        List.of(
            Block.heading("port strike latest news"),
            Block.heading("port strike latest news"),
            Block.heading("Introduction"),
            Block.paragraph("Dock workers walked out on Monday over pay and hours."));
    TitleDetector.Titled titled = TitleDetector.split(blocks);
    assertThat(titled.title()).contains("port strike latest news");
    assertThat(titled.body())
        .extracting(Block::text)
        .containsExactly("Introduction", "Dock workers walked out on Monday over pay and hours.");
  }

  @Test
  void removesAStrayTrailingQuote() {
    assertThat(
            TitleDetector.detect(
                List.of(
                    Block.heading("Floods Hit the Valley Again\""),
                    Block.paragraph("Rain fell for a week without a break."))))
        .contains("Floods Hit the Valley Again");
  }

  @Test
  void returnsEmptyWhenTheBodyStartsAtOnce() {
    assertThat(
            TitleDetector.detect(
                List.of(
                    Block.paragraph("Rain fell for a week without a break."),
                    Block.heading("Aftermath of the Rain"))))
        .isEmpty();
  }

  @Test
  void neverTakesASectionNameForTheTitle() {
    assertThat(
            TitleDetector.detect(
                List.of(
                    Block.heading("Introduction"),
                    Block.paragraph("Rain fell for a week without a break."))))
        .isEmpty();
  }
}
