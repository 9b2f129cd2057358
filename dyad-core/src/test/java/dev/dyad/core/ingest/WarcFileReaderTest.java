package dev.dyad.core.ingest;

import static dev.dyad.core.ingest.Fixtures.concat;
import static dev.dyad.core.ingest.Fixtures.gzip;
import static dev.dyad.core.ingest.Fixtures.read;
import static dev.dyad.core.ingest.Fixtures.request;
import static dev.dyad.core.ingest.Fixtures.response;
import static dev.dyad.core.ingest.Fixtures.utf8;
import static dev.dyad.core.ingest.Fixtures.warcRecord;
import static dev.dyad.core.ingest.Fixtures.warcinfo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.RawDocument;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {
  private final DocumentReader reader = new WarcFileReader();

  private static byte[] crawl() {
    return concat(
        warcinfo(),
        request("https://n.example/1"),
        response("https://n.example/1", "text/html; charset=utf-8", utf8("<p>They met.</p>")),
        response(
            "https://n.example/logo.png",
            "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
        warcRecord("resource", "https://n.example/notes.txt", "text/plain", utf8("Plain notes.")),
        warcRecord(
            "metadata", "https://n.example/1", "application/warc-fields", utf8("via: x\r\n")));
  }

  @Test
  void readsHtmlAndTextRecordsAndPassesOverTheRest() {
    Fixtures.Run run = read(reader, "crawl.warc", crawl());

    assertThat(run.errors()).isEmpty();
    assertThat(run.docs()).hasSize(2);
    RawDocument page = run.docs().get(0);
    assertThat(page.uri()).isEqualTo("https://n.example/1");
    assertThat(page.origin()).startsWith("crawl.warc record 3 at offset ");
    assertThat(page.type()).isEqualTo(ContentType.HTML);
    assertThat(page.body()).isEqualTo("<p>They met.</p>");
    assertThat(page.published()).contains("2024-03-01T12:00:00Z");
    assertThat(page.metadata())
        .containsEntry("warc-date", "2024-03-01T12:00:00Z")
        .containsEntry("http-status", "200");
    assertThat(run.docs().get(1).type()).isEqualTo(ContentType.TEXT);
    assertThat(run.docs().get(1).body()).isEqualTo("Plain notes.");
    // Only the PNG response was a possible document passed over; warcinfo, request and metadata
    // records are never documents, so they do not count as skipped.
    assertThat(run.problems().skipped()).isEqualTo(1);
  }

  @Test
  void readsAWarcGzWrittenByJwarc() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .body(
                  MediaType.parse("text/html; charset=windows-1251"),
                  "<p>Москва</p>".getBytes(Charset.forName("windows-1251")))
              .build();
      writer.write(
          new WarcResponse.Builder(URI.create("https://n.example/ru"))
              .date(Instant.parse("2024-05-06T07:08:09Z"))
              .body(http)
              .build());
    }
    Fixtures.Run run = read(reader, "crawl.warc.gz", out.toByteArray());

    assertThat(run.errors()).isEmpty();
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.uri()).isEqualTo("https://n.example/ru");
              assertThat(d.body()).isEqualTo("<p>Москва</p>");
              assertThat(d.published()).contains("2024-05-06T07:08:09Z");
            });
  }

  @Test
  void readsAGzipMemberPerRecord() {
    byte[] members =
        concat(
            gzip(warcinfo()),
            gzip(response("https://n.example/1", "text/html", utf8("<p>a</p>"))),
            gzip(response("https://n.example/2", "text/html", utf8("<p>b</p>"))));
    assertThat(read(reader, "c.warc.gz", members).docs())
        .extracting(RawDocument::body)
        .containsExactly("<p>a</p>", "<p>b</p>");
  }

  @Test
  void keepsRecordsBeforeATruncatedRecordAndNamesItsOffset() {
    byte[] good =
        concat(warcinfo(), response("https://n.example/1", "text/html", utf8("<p>a</p>")));
    byte[] last =
        response("https://n.example/2", "text/html", utf8("<p>" + "b".repeat(500) + "</p>"));
    Fixtures.Run run = read(reader, "cut.warc", concat(good, Fixtures.cut(last, last.length / 2)));

    assertThat(run.docs()).extracting(RawDocument::uri).containsExactly("https://n.example/1");
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.TRUNCATED);
              assertThat(e.where()).startsWith("cut.warc record 3 at offset ");
            });
  }

  @Test
  void stopsAtAMalformedRecordKeepingThoseBefore() {
    byte[] good =
        concat(warcinfo(), response("https://n.example/1", "text/html", utf8("<p>a</p>")));
    byte[] bad = utf8("WARC/1.0\r\nthis is not a header line\r\n\r\n");
    Fixtures.Run run =
        read(
            reader,
            "broken.warc",
            concat(good, bad, response("https://n.example/3", "text/html", utf8("c"))));

    assertThat(run.docs()).extracting(RawDocument::uri).containsExactly("https://n.example/1");
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.MALFORMED_WARC);
              assertThat(e.where()).isEqualTo("broken.warc record 3 at offset " + good.length);
            });
  }

  @Test
  void refusesAnOverlongRecordAndGoesOn() {
    byte[] warc =
        concat(
            response("https://n.example/big", "text/html", utf8("x".repeat(5000))),
            response("https://n.example/2", "text/html", utf8("<p>b</p>")));
    Fixtures.Run run = read(reader, "c.warc", warc, new IngestOptions(1000));
    assertThat(run.docs()).extracting(RawDocument::uri).containsExactly("https://n.example/2");
    assertThat(run.codes()).containsExactly(Code.TOO_LARGE);
    assertThat(run.errors().get(0).where()).isEqualTo("c.warc record 1 at offset 0");
  }

  @Test
  void honoursTheHttpCharset() {
    byte[] body = "<p>Genève</p>".getBytes(Charset.forName("ISO-8859-1"));
    Fixtures.Run run =
        read(
            reader,
            "c.warc",
            response("https://n.example/1", "text/html; charset=ISO-8859-1", body));
    assertThat(run.docs())
        .singleElement()
        .satisfies(d -> assertThat(d.body()).isEqualTo("<p>Genève</p>"));
  }

  @Test
  void namesARecordWithTwoTypesAsMalformed() {
    byte[] record =
        Fixtures.warcRecord(
            "response", "https://n.example/1", "text/plain", Fixtures.utf8("Text."));
    String text =
        new String(record, java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("WARC-Type: response\r\n", "WARC-Type: response\r\nWARC-Type: resource\r\n");
    Fixtures.Run run =
        Fixtures.read(
            new WarcFileReader(),
            "two.warc",
            text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.MALFORMED_WARC);
              assertThat(e.message())
                  .isEqualTo("malformed WARC record: record has 2 WARC-Type headers");
            });
  }
}
