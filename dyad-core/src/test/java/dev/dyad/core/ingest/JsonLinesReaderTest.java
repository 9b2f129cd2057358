package dev.dyad.core.ingest;

import static dev.dyad.core.ingest.Fixtures.read;
import static dev.dyad.core.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError;
import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.RawDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private final DocumentReader reader = new JsonLinesReader();

  @Test
  void readsEachJsonLineAsOneDocument() {
    String lines =
        """
        {"url":"https://n.example/1","title":"Talks","published":"2024-03-01","text":"They met.","section":"world","rank":3}
        {"url":"https://n.example/2","title":"Raid","date":"2024-03-02","html":"<p>Police raided.</p>"}
        """;
    Fixtures.Run run = read(reader, "a.jsonl", utf8(lines));

    assertThat(run.errors()).isEmpty();
    assertThat(run.docs()).hasSize(2);
    RawDocument first = run.docs().get(0);
    assertThat(first.uri()).isEqualTo("https://n.example/1");
    assertThat(first.origin()).isEqualTo("a.jsonl line 1");
    assertThat(first.type()).isEqualTo(ContentType.TEXT);
    assertThat(first.title()).contains("Talks");
    assertThat(first.published()).contains("2024-03-01");
    assertThat(first.metadata())
        .containsEntry("section", "world")
        .containsEntry("rank", "3")
        .doesNotContainKeys("text", "url", "title", "published");
    RawDocument second = run.docs().get(1);
    assertThat(second.type()).isEqualTo(ContentType.HTML);
    assertThat(second.published()).contains("2024-03-02");
    assertThat(second.metadata()).doesNotContainKeys("date", "html");
  }

  @Test
  void acceptsEveryDateAlias() {
    for (String field : List.of("published", "date", "pubDate", "datePublished")) {
      Fixtures.Run run =
          read(reader, "a.jsonl", utf8("{\"" + field + "\":\"2020-01-02\",\"text\":\"x\"}"));
      assertThat(run.docs())
          .singleElement()
          .extracting(RawDocument::published)
          .isEqualTo(Optional.of("2020-01-02"));
    }
  }

  @Test
  void namesTheLineWhenThereIsNoUrl() {
    Fixtures.Run run = read(reader, "a.jsonl", utf8("\n{\"text\":\"x\"}\r\n"));
    assertThat(run.docs()).singleElement().extracting(RawDocument::uri).isEqualTo("a.jsonl line 2");
  }

  @Test
  void skipsBlankLinesSilently() {
    Fixtures.Run run = read(reader, "a.jsonl", utf8("{\"text\":\"a\"}\n\n   \n{\"text\":\"b\"}\n"));
    assertThat(run.docs()).hasSize(2);
    assertThat(run.errors()).isEmpty();
    assertThat(run.problems().skipped()).isZero();
  }

  @Test
  void reportsABadLineByNumberAndGoesOn() {
    String lines =
        """
        {"text":"one"}
        {"text": "broken
        [1,2,3]
        {"title":"no body"}
        {"text":"   "}
        {"text":"two"} trailing
        {"text":"three"}
        """;
    Fixtures.Run run = read(reader, "m.jsonl", utf8(lines));

    assertThat(run.docs()).extracting(RawDocument::body).containsExactly("one", "three");
    assertThat(run.errors())
        .extracting(DataError::where)
        .containsExactly(
            "m.jsonl line 2",
            "m.jsonl line 3",
            "m.jsonl line 4",
            "m.jsonl line 5",
            "m.jsonl line 6");
    assertThat(run.codes())
        .containsExactly(
            Code.MALFORMED_JSON,
            Code.MALFORMED_JSON,
            Code.MALFORMED_JSON,
            Code.EMPTY,
            Code.MALFORMED_JSON);
  }

  @Test
  void refusesOnlyTheRecordWithANulByte() {
    StringBuilder file = new StringBuilder();
    for (int i = 1; i <= 500; i++) {
      file.append(i == 2 ? "{\"text\":\"bad\u0000record\"}" : "{\"text\":\"Article " + i + ".\"}")
          .append('\n');
    }
    Fixtures.Run run = read(reader, "mixed.jsonl", utf8(file.toString()));
    assertThat(run.docs()).hasSize(499);
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.BINARY);
              assertThat(e.where()).isEqualTo("mixed.jsonl line 2");
              assertThat(e.message()).contains("1 NUL byte");
            });
  }

  @Test
  void stillRefusesAFileThatIsBinaryFromItsFirstBytes() {
    byte[] png =
        Fixtures.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, utf8("{\"text\":\"a\"}\n"));
    assertThat(read(reader, "image.jsonl", png).codes()).containsExactly(Code.BINARY);
  }

  @Test
  void refusesAnOverlongLineWithoutKeepingItAndGoesOn() {
    String lines = "{\"text\":\"" + "x".repeat(5000) + "\"}\n{\"text\":\"short\"}\n";
    Fixtures.Run run = read(reader, "big.jsonl", utf8(lines), new IngestOptions(1000));
    assertThat(run.docs()).extracting(RawDocument::body).containsExactly("short");
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.TOO_LARGE);
              assertThat(e.where()).isEqualTo("big.jsonl line 1");
              assertThat(e.message()).contains("1000 bytes");
            });
  }

  @Test
  void keepsLinesBeforeATruncatedGzipStream() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      sb.append("{\"url\":\"https://n.example/")
          .append(i)
          .append("\",\"text\":\"Story number ")
          .append(i)
          .append(" with some words ")
          .append(Integer.toHexString(i * 7919))
          .append("\"}\n");
    }
    byte[] gz = Fixtures.gzip(utf8(sb.toString()));
    Fixtures.Run run = read(reader, "cut.jsonl.gz", Fixtures.cut(gz, gz.length * 2 / 3));

    assertThat(run.docs()).hasSizeBetween(1, 1999);
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.TRUNCATED);
              assertThat(e.where()).startsWith("cut.jsonl.gz line ");
            });
  }

  @Test
  void decodesAWindows1252LineAndSaysSo() {
    byte[] line = "{\"text\":\"Caf\u00e9\"}\n".getBytes(Charset.forName("windows-1252"));
    Fixtures.Run run = read(reader, "old.jsonl", line);
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.body()).isEqualTo("Café");
              assertThat(d.metadata()).containsEntry("encoding", "windows-1252 (fallback)");
            });
  }

  @Test
  void readsUtf16LinesWithAByteOrderMarkSplittingOnlyOnLineEnds() {
    // U+010A and U+0A0A hold 0x0A bytes in UTF-16; the emoji is a surrogate pair.
    String text = "{\"text\":\"\u010aak \u0a0a \ud83d\ude00 ok\"}\r\n{\"text\":\"Second.\"}\n";
    for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bom =
          utf16.equals(StandardCharsets.UTF_16LE)
              ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xFE, (byte) 0xFF};
      Fixtures.Run run = read(reader, "u16.jsonl", Fixtures.concat(bom, text.getBytes(utf16)));
      assertThat(run.errors()).as("%s", utf16).isEmpty();
      assertThat(run.docs())
          .extracting(RawDocument::body)
          .containsExactly("\u010aak \u0a0a \ud83d\ude00 ok", "Second.");
      assertThat(run.docs().get(0).metadata()).containsEntry("encoding", utf16.name() + " (BOM)");
    }
  }

  @Test
  void replacesALoneSurrogateInUtf16AndCountsItsBytes() {
    byte[] bytes =
        Fixtures.concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "{\"text\":\"a".getBytes(StandardCharsets.UTF_16LE),
            new byte[] {0x00, (byte) 0xD8},
            "b\"}\n".getBytes(StandardCharsets.UTF_16LE));
    assertThat(read(reader, "u16.jsonl", bytes).docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.body()).isEqualTo("a\uFFFD\uFFFDb");
              assertThat(d.metadata()).containsEntry("undecodable-bytes", "2");
            });
  }

  @Test
  void skipsAUtf8ByteOrderMarkOnTheFirstLine() {
    byte[] bytes =
        Fixtures.concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{\"text\":\"a\"}"));
    assertThat(read(reader, "bom.jsonl", bytes).docs()).hasSize(1);
  }
}
