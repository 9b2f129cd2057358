package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Warning;
import dev.dyad.testkit.Corpora;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plain-text rules on the five shared seed articles, read in place. */
class SeedsTest {
  private static final Pattern SEO_HEADING =
      Pattern.compile("Meta Description|Image Alt Text|Internal Links|Keyword Placement");
  private static final Pattern TAG_FRAGMENT =
      Pattern.compile("(?:^|\\s)(?:<\\s*/?\\s*)?(?:li|ul|strong|p)\\s*>");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')]?$");

  private static PlainTextSteps seed(String id) {
    return PlainTextSteps.run(PlainTextSteps.read(Corpora.seed(id)));
  }

  @Test
  void dropsChromeSeoNotesAndTagFragmentsFromEverySeed() {
    for (String id : List.of("000", "001", "002", "003", "004")) {
      PlainTextSteps steps = seed(id);
      for (Block block : steps.blocks()) {
        assertThat(block.text())
            .as("seed %s", id)
            .isNotIn(
                "close",
                "Hot Posts",
                "Post a Comment",
                "0 Comments",
                "Related Posts",
                "//",
                "6/recent/ticker-posts")
            .doesNotMatch("\\d+ min read.*")
            .doesNotStartWith("date ")
            .doesNotContain("optimizing for search engines")
            .doesNotContain("â€")
            .doesNotContain("\u00A0");
        assertThat(TAG_FRAGMENT.matcher(block.text()).find())
            .as("tag fragment in seed %s: %s", id, block.text())
            .isFalse();
        assertThat(SEO_HEADING.matcher(block.text()).matches()).as("seed %s", id).isFalse();
      }
    }
  }

  @Test
  void keepsEveryLongSentenceOutsideSeoNotes() {
    int checked = 0;
    for (String id : List.of("000", "001", "002", "003", "004")) {
      List<Block> raw = PlainTextExtractor.blocks(PlainTextSteps.read(Corpora.seed(id)), false);
      List<String> kept =
          ChromeFilter.apply(raw, new ArrayList<>()).stream().map(Block::text).toList();
      boolean inSeo = false;
      for (Block block : raw) {
        inSeo |= SEO_HEADING.matcher(block.text()).matches();
        if (!inSeo
            && ChromeFilter.words(block.text()) >= 8
            && SENTENCE_END.matcher(block.text()).find()) {
          checked++;
          assertThat(kept).as("seed %s", id).contains(block.text().replaceFirst("^date \\S+ ", ""));
        }
      }
    }
    System.out.println("seeds: " + checked + " sentence blocks of 8+ words checked, none dropped");
  }

  @Test
  void warnsAboutTheSeoNotesOfSeed001AndFindsItsRepeatedHeadline() {
    PlainTextSteps steps = seed("001");
    assertThat(steps.warnings()).extracting(Warning::code).contains(Warning.Code.SEO_NOTES_DROPPED);
    assertThat(steps.title()).contains("north korea russia alliance");
    assertThat(steps.blocks())
        .noneMatch(b -> b.text().equalsIgnoreCase("north korea russia alliance"));
    assertThat(steps.blocks().get(0)).isEqualTo(Block.heading("Introduction"));
  }

  @Test
  void findsNoHeadlineInSeed000() {
    PlainTextSteps steps = seed("000");
    assertThat(steps.title()).isEmpty();
    assertThat(steps.blocks().get(0).text()).startsWith("In recent years,");
  }

  @Test
  void keepsHeadingsAsSeparateBlocks() {
    assertThat(seed("000").blocks()).contains(Block.heading("Regional Security Concerns"));
    assertThat(seed("002").blocks()).contains(Block.heading("Arms and Equipment Exchanges"));
    assertThat(seed("002").title()).hasValueSatisfying(t -> assertThat(t).doesNotEndWith("\""));
  }

  @Test
  void repairsTheRunTogetherWordsOfSeed003() {
    PlainTextSteps steps = seed("003");
    String text = steps.text();
    assertThat(text)
        .contains("solidify military connections between both nations")
        .contains("towards Russia")
        .contains("shift in the region")
        .contains("beyond just the Korean Peninsula and Eastern Europe")
        .contains("In conclusion, North")
        .contains("Improved Military Proficiency: Opportunities");
    System.out.println("seed 003: " + steps.repairs() + " run-together words repaired");
    assertThat(steps.warnings()).contains(Warning.wordsRepaired(steps.repairs()));
  }
}
