package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.RawDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LongDocumentsTest {

  @Test
  void cutsALongTextAtParagraphEndsIntoNamedParts() {
    String paragraph = "Police arrested ten protesters. Talks resumed in Geneva.\n\n";
    String body = paragraph.repeat(100);
    Fixtures.Run run =
        Fixtures.read(
            new PlainFileReader(ContentType.TEXT),
            "long.txt",
            Fixtures.utf8(body),
            new IngestOptions(IngestOptions.DEFAULT_MAX_DOCUMENT_BYTES, 1000));
    List<RawDocument> parts =
        Ingest.read(
                Source.bytes("long.txt", Fixtures.utf8(body)),
                new IngestOptions(IngestOptions.DEFAULT_MAX_DOCUMENT_BYTES, 1000),
                dev.dyad.core.model.Problems.counting())
            .toList();

    assertThat(run.docs()).hasSize(1);
    assertThat(parts).hasSize(6);
    assertThat(parts)
        .allSatisfy(
            p -> {
              assertThat(p.body().length()).isLessThanOrEqualTo(1000);
              assertThat(p.body()).startsWith("Police").endsWith("\n\n");
            });
    assertThat(String.join("", parts.stream().map(RawDocument::body).toList())).isEqualTo(body);
    assertThat(parts.get(1).uri()).isEqualTo("long.txt#part-2");
    assertThat(parts.get(1).origin()).isEqualTo("long.txt part 2");
    assertThat(parts.get(1).metadata()).containsEntry("part", "2/6");
  }

  @Test
  void leavesShortDocumentsAndHtmlWhole() {
    RawDocument text =
        new RawDocument(
            "u", "o", ContentType.TEXT, "short", Optional.of("T"), Optional.empty(), Map.of());
    RawDocument html = RawDocument.of("h", ContentType.HTML, "<p>" + "x ".repeat(5000) + "</p>");
    assertThat(LongDocuments.split(text, 1000)).containsExactly(text);
    assertThat(LongDocuments.split(html, 1000)).containsExactly(html);
  }

  @Test
  void cutsAtLinesThenSentencesThenSpacesWhenThereAreNoParagraphs() {
    assertThat(LongDocuments.cut("a\n".repeat(600), 0, 1000)).isEqualTo(1000);
    assertThat(LongDocuments.cut("One. Two three. ".repeat(100), 0, 1000)).isEqualTo(997);
    assertThat(LongDocuments.cut("word ".repeat(300), 0, 1000)).isEqualTo(1000);
    assertThat(LongDocuments.cut("x".repeat(2000), 0, 1000)).isEqualTo(1000);
  }

  @Property(tries = 200)
  void partsAreBoundedAndAddUpToTheDocument(
      @ForAll String unit,
      @ForAll @IntRange(min = 1, max = 400) int times,
      @ForAll @IntRange(min = 1000, max = 3000) int max) {
    String body = (unit + "\n").repeat(times);
    RawDocument raw =
        new RawDocument(
            "u",
            "o",
            ContentType.MARKDOWN,
            body,
            Optional.of("T"),
            Optional.of("2024-01-02"),
            Map.of("k", "v"));
    List<RawDocument> parts = LongDocuments.split(raw, max).toList();
    assertThat(parts)
        .allSatisfy(
            p -> {
              assertThat(p.body().length()).isLessThanOrEqualTo(max);
              assertThat(p.title()).contains("T");
              assertThat(p.published()).contains("2024-01-02");
              assertThat(p.metadata()).containsEntry("k", "v");
            });
    assertThat(String.join("", parts.stream().map(RawDocument::body).toList())).isEqualTo(body);
  }
}
