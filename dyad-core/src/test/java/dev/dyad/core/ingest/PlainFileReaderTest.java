package dev.dyad.core.ingest;

import static dev.dyad.core.ingest.Fixtures.concat;
import static dev.dyad.core.ingest.Fixtures.read;
import static dev.dyad.core.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError.Code;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainFileReaderTest {
  private final DocumentReader text = new PlainFileReader(ContentType.TEXT);
  private final DocumentReader html = new PlainFileReader(ContentType.HTML);

  @Test
  void readsATextFileAsOneDocumentNamedByItsPath() {
    Fixtures.Run run = read(text, "news/a.txt", utf8("Rebels took the town.\n"));

    assertThat(run.errors()).isEmpty();
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.uri()).isEqualTo("news/a.txt");
              assertThat(d.origin()).isEqualTo("news/a.txt");
              assertThat(d.type()).isEqualTo(ContentType.TEXT);
              assertThat(d.body()).isEqualTo("Rebels took the town.\n");
              assertThat(d.metadata()).isEmpty();
            });
  }

  @Test
  void readsAMarkdownFileAsMarkdown() {
    Fixtures.Run run =
        read(new PlainFileReader(ContentType.MARKDOWN), "a.md", utf8("# Talks\n\nThey met."));
    assertThat(run.docs())
        .singleElement()
        .extracting(d -> d.type())
        .isEqualTo(ContentType.MARKDOWN);
  }

  @Test
  void decodesHtmlByItsMetaCharset() {
    byte[] page =
        "<html><head><meta charset=\"ISO-8859-2\"></head><body>Łódź</body></html>"
            .getBytes(Charset.forName("ISO-8859-2"));
    Fixtures.Run run = read(html, "p.html", page);
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.body()).contains("Łódź");
              assertThat(d.metadata()).containsEntry("encoding", "ISO-8859-2 (declared)");
            });
  }

  @Test
  void decodesHtmlByAnHttpEquivCharset() {
    byte[] page =
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>Москва</body></html>")
            .getBytes(Charset.forName("windows-1251"));
    assertThat(read(html, "p.htm", page).docs())
        .singleElement()
        .satisfies(d -> assertThat(d.body()).contains("Москва"));
  }

  @Test
  void letsAByteOrderMarkWinOverTheMetaCharset() {
    byte[] page =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "<meta charset=\"windows-1252\"><p>Genève</p>".getBytes(StandardCharsets.UTF_16LE));
    assertThat(read(html, "p.html", page).docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.body()).startsWith("<meta").contains("Genève");
              assertThat(d.metadata()).containsEntry("encoding", "UTF-16LE (BOM)");
            });
  }

  @Test
  void fallsBackToWindows1252AndSaysSo() {
    byte[] latin = "Caf\u00e9 talks \u2013 ended".getBytes(Charset.forName("windows-1252"));
    Fixtures.Run run = read(text, "old.txt", latin);
    assertThat(run.errors()).isEmpty();
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.body()).isEqualTo("Café talks – ended");
              assertThat(d.metadata()).containsEntry("encoding", "windows-1252 (fallback)");
            });
  }

  @Test
  void keepsUtf8TextWithAStrayByteAndCountsTheByteReplaced() {
    byte[] bytes =
        Fixtures.concat(
            utf8("Talks in Genève resumed — officials said"), new byte[] {(byte) 0xFF}, utf8("."));
    Fixtures.Run run = read(text, "stray.txt", bytes);
    assertThat(run.errors()).isEmpty();
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.body()).isEqualTo("Talks in Genève resumed — officials said\uFFFD.");
              assertThat(d.metadata())
                  .containsEntry("undecodable-bytes", "1")
                  .doesNotContainKey("encoding");
            });
  }

  @Test
  void replacesTheBytesWindows1252LeavesUndefinedInsteadOfRefusingTheFile() {
    byte[] bytes =
        Fixtures.concat(
            "Caf\u00e9 ".getBytes(Charset.forName("windows-1252")),
            new byte[] {(byte) 0x81, (byte) 0x9D},
            utf8(" talks."));
    Fixtures.Run run = read(text, "old.txt", bytes);
    assertThat(run.errors()).isEmpty();
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.body()).isEqualTo("Café \uFFFD\uFFFD talks.");
              assertThat(d.metadata())
                  .containsEntry("undecodable-bytes", "2")
                  .containsEntry("encoding", "windows-1252 (fallback)");
            });
  }

  @Test
  void countsUndecodableBytesInADeclaredCharsetToo() {
    byte[] page =
        Fixtures.concat(
            utf8("<meta charset=\"shift_jis\"><p>"),
            new byte[] {(byte) 0x81, (byte) 0x20},
            utf8("</p>"));
    assertThat(read(html, "p.html", page).docs())
        .singleElement()
        .satisfies(d -> assertThat(d.metadata()).containsEntry("undecodable-bytes", "1"));
  }

  @Test
  void refusesAFileOverTheSizeLimitAndNamesTheLimit() {
    Fixtures.Run run = read(text, "big.txt", utf8("x".repeat(2000)), new IngestOptions(1000));
    assertThat(run.docs()).isEmpty();
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.TOO_LARGE);
              assertThat(e.where()).isEqualTo("big.txt");
              assertThat(e.message()).contains("1000 bytes");
            });
  }

  @Test
  void reportsEmptyWhitespaceBinaryAndUtf16WithoutBom() {
    assertThat(read(text, "e.txt", new byte[0]).codes()).containsExactly(Code.EMPTY);
    assertThat(read(text, "w.txt", utf8(" \n\t\r\n")).codes()).containsExactly(Code.EMPTY);
    assertThat(read(text, "w.txt", utf8(" ".repeat(20_000))).codes()).containsExactly(Code.EMPTY);
    assertThat(read(html, "b.html", new byte[] {'<', 'p', 0, 0, 1, '>'}).codes())
        .containsExactly(Code.BINARY);
    assertThat(
            read(text, "u.txt", "Talks resumed today.".getBytes(StandardCharsets.UTF_16LE)).codes())
        .containsExactly(Code.ENCODING);
  }

  @Test
  void readsAGzippedFile() {
    Fixtures.Run run = read(html, "p.html.gz", Fixtures.gzip(utf8("<p>Ceasefire</p>")));
    assertThat(run.docs())
        .singleElement()
        .satisfies(d -> assertThat(d.body()).isEqualTo("<p>Ceasefire</p>"));
  }

  @Test
  void reportsATruncatedGzipFile() {
    byte[] gz = Fixtures.gzip(utf8("Talks ".repeat(5000)));
    Fixtures.Run run = read(text, "cut.txt.gz", Fixtures.cut(gz, gz.length / 2));
    assertThat(run.docs()).isEmpty();
    assertThat(run.codes()).containsExactly(Code.TRUNCATED);
    assertThat(run.errors().get(0).where()).isEqualTo("cut.txt.gz");
  }
}
