package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Warning;
import dev.dyad.testkit.TryTimeout;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TryTimeout(seconds = 10)
class ChromeFilterTest {
  private final List<Warning> warnings = new ArrayList<>();

  private List<String> texts(Block... blocks) {
    return ChromeFilter.apply(List.of(blocks), warnings).stream().map(Block::text).toList();
  }

  @Test
  void dropsChromeLines() {
    assertThat(
            texts(
                Block.paragraph("close"),
                Block.heading("Hot Posts"),
                Block.paragraph("5/recent/ticker-posts"),
                Block.paragraph("4 min read 03-02-2021"),
                Block.paragraph("//"),
                Block.paragraph("The harbour reopened on Tuesday after the storm.")))
        .containsExactly("The harbour reopened on Tuesday after the storm.");
  }

  @Test
  void dropsSeoNotesSection() {
    List<String> kept =
        texts(
            Block.paragraph("The council approved the budget after a long debate."),
            Block.heading("Meta Description"),
            Block.paragraph("Read about the council budget and what it means for you."),
            Block.heading("Internal Links"),
            Block.item("Link to our earlier story on taxes."),
            Block.paragraph(
                "By focusing on useful content, we aim to please readers while optimizing for search engines."));
    assertThat(kept).containsExactly("The council approved the budget after a long debate.");
    assertThat(warnings).containsExactly(Warning.seoNotesDropped(5));
  }

  @Test
  void seoSectionEndsAtNextRealHeading() {
    List<String> kept =
        texts(
            Block.heading("Keyword Placement"),
            Block.paragraph("Main keyword used twice."),
            Block.heading("Election Results"),
            Block.paragraph("The mayor won a second term with a narrow margin."));
    assertThat(kept)
        .containsExactly("Election Results", "The mayor won a second term with a narrow margin.");
  }

  @Test
  void dropsCommentAreaAtTheEnd() {
    List<String> kept =
        texts(
            Block.paragraph("Rescuers searched the river banks until dark."),
            Block.heading("Post a Comment"),
            Block.paragraph("0 Comments"),
            Block.heading("Related Posts"));
    assertThat(kept).containsExactly("Rescuers searched the river banks until dark.");
    assertThat(warnings).containsExactly(Warning.commentAreaDropped(3));
  }

  @Test
  void keepsBodyAfterCommentLineThatIsNotAtTheEnd() {
    List<String> kept =
        texts(
            Block.heading("Related Posts"),
            Block.paragraph(
                "The minister resigned on Friday after weeks of pressure from her party."));
    assertThat(kept)
        .containsExactly("The minister resigned on Friday after weeks of pressure from her party.");
  }

  @Test
  void stripsLeadingDatelineAndKeepsTheRest() {
    assertThat(texts(Block.paragraph("date 2021-03-04 Floods closed the main road.")))
        .containsExactly("Floods closed the main road.");
  }

  @Test
  void dropsWikinewsFurniture() {
    assertThat(
            texts(
                Block.paragraph("Tuesday, March 3, 2020"),
                Block.paragraph(
                    "This article requires pre-publication review by an uninvolved reviewer."),
                Block.paragraph("-Article last amended: Mar 5 at 10:00:00 UTC (history)"),
                Block.paragraph("Have an opinion on this story? Share it!"),
                Block.paragraph("Ferry crossing at dawn. Image: Jane Doe."),
                Block.paragraph("The ferry service resumed after a week.")))
        .containsExactly("The ferry service resumed after a week.");
    assertThat(warnings).containsExactly(Warning.captionsDropped(1));
  }

  @Test
  void keepsLongCaptionTextWithoutItsCredit() {
    assertThat(
            texts(
                Block.paragraph(
                    "Workers repair the old stone bridge over the river before the spring floods arrive. Image: Jo Bloggs.")))
        .containsExactly(
            "Workers repair the old stone bridge over the river before the spring floods arrive.");
  }

  @Property
  void neverAddsBlocksOrText(@ForAll("blocks") List<Block> blocks) {
    List<Block> kept = ChromeFilter.apply(blocks, new ArrayList<>());
    assertThat(kept.size()).isLessThanOrEqualTo(blocks.size());
    assertThat(length(kept)).isLessThanOrEqualTo(length(blocks));
  }

  private static int length(List<Block> blocks) {
    return blocks.stream().mapToInt(b -> b.text().length()).sum();
  }

  @Provide
  Arbitrary<List<Block>> blocks() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(30),
            Arbitraries.of(
                "close",
                "Meta Description",
                "Post a Comment",
                "0 Comments",
                "Image: A.",
                "date 2020-01-01 x",
                "Saturday, May 2, 2020",
                "A short sentence here.",
                "Heading"));
    return Arbitraries.oneOf(text.map(Block::paragraph), text.map(Block::heading))
        .list()
        .ofMaxSize(8);
  }

  @Test
  void dropsBylinesKickersAndDatesAboveTheStory() {
    assertThat(
            texts(
                Block.paragraph("By Dana Ortiz and Lee Min-ho \u00b7 May 20, 2026"),
                Block.paragraph("Harbour Courier \u00b7 Asia desk"),
                Block.paragraph("Eastern Post \u2014 Brussels bureau"),
                Block.paragraph("https://news.example.com/2026/05/20/story"),
                Block.paragraph("05-03-2026"),
                Block.paragraph(
                    "The two ministers met in Busan on Friday to discuss the fishing dispute."),
                Block.heading("Tokyo \u00b7 Seoul")))
        .containsExactly(
            "The two ministers met in Busan on Friday to discuss the fishing dispute.",
            "Tokyo \u00b7 Seoul");
  }

  @Test
  void keepsASentenceThatStartsWithBy() {
    assertThat(
            texts(
                Block.paragraph("By Monday the convoy had reached the border crossing at Rafah.")))
        .containsExactly("By Monday the convoy had reached the border crossing at Rafah.");
  }

  @Test
  void dropsATrailingRelatedReadingLine() {
    assertThat(
            texts(
                Block.paragraph("The talks ended without an agreement on the disputed islands."),
                Block.paragraph(
                    "Related reading on Harbour Courier: our explainer on the island dispute.")))
        .containsExactly("The talks ended without an agreement on the disputed islands.");
  }
}
