package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.RawDocument;
import dev.dyad.testkit.TryTimeout;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TryTimeout(seconds = 10)
class PlainTextExtractorTest {

  private static List<Block> text(String body) {
    return new PlainTextExtractor().extract(RawDocument.of("t", ContentType.TEXT, body)).blocks();
  }

  private static List<Block> markdown(String body) {
    return new PlainTextExtractor()
        .extract(RawDocument.of("t", ContentType.MARKDOWN, body))
        .blocks();
  }

  @Test
  void splitsParagraphsOnBlankLinesAndJoinsTheirLines() {
    assertThat(
            text("The river rose overnight and\nflooded the lower town.\n\nSchools stayed closed."))
        .containsExactly(
            Block.paragraph("The river rose overnight and flooded the lower town."),
            Block.paragraph("Schools stayed closed."));
  }

  @Test
  void makesEachLineABlockWhenThereAreNoBlankLines() {
    assertThat(text("Harbour Reopens\nThe harbour reopened today.\nShips queued for hours."))
        .containsExactly(
            Block.heading("Harbour Reopens"),
            Block.paragraph("The harbour reopened today."),
            Block.paragraph("Ships queued for hours."));
  }

  @Test
  void joinsALineEndingWithAComma() {
    assertThat(text("Meanwhile,\nthe talks went on.\nNothing was agreed."))
        .containsExactly(
            Block.paragraph("Meanwhile, the talks went on."),
            Block.paragraph("Nothing was agreed."));
  }

  @Test
  void separatesHeadingsFromParagraphs() {
    assertThat(
            text(
                "Local Weather\n\nRain is expected on Sunday.\n\n2. Road Closures\n\nThe bridge is shut."))
        .containsExactly(
            Block.heading("Local Weather"),
            Block.paragraph("Rain is expected on Sunday."),
            Block.heading("Road Closures"),
            Block.paragraph("The bridge is shut."));
  }

  @Test
  void makesListItemsWithoutTheirMarkers() {
    assertThat(
            text(
                "Options:\n- Build a wall: costly.\n\u2022 Move the road: slow.\n\u00B7 Wait\n3) Ask the council: likely."))
        .containsExactly(
            Block.paragraph("Options:"),
            Block.item("Build a wall: costly."),
            Block.item("Move the road: slow."),
            Block.item("Wait"),
            Block.item("Ask the council: likely."));
  }

  @Test
  void splitsAFlattenedHtmlListIntoItems() {
    assertThat(text("< li >< strong >Cost : strong > High ; li >< li >Time : Long . li > ul > p >"))
        .containsExactly(Block.item("Cost: High;"), Block.item("Time: Long."));
  }

  @Test
  void stripsMarkdownSyntax() {
    assertThat(
            markdown(
                "# Storm Warning #\n\nWinds of **90 km/h** hit the *coast*, says [the agency](http://x.org).\n\n* First item\n\nTitle Two\n---------\n\n![map](m.png)Text `code`."))
        .containsExactly(
            Block.heading("Storm Warning"),
            Block.paragraph("Winds of 90 km/h hit the coast, says the agency."),
            Block.item("First item"),
            Block.heading("Title Two"),
            Block.paragraph("Text code."));
  }

  @Property
  void neverThrowsAndNeverMakesEmptyBlocks(@ForAll String body) {
    assertThat(PlainTextExtractor.blocks(body, false)).allMatch(b -> !b.text().isBlank());
    assertThat(PlainTextExtractor.blocks(body, true)).allMatch(b -> !b.text().isBlank());
  }
}
