package dev.dyad.core.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Builds test inputs (feeds, WARC records, gzip) and runs readers to completion. */
final class Fixtures {
  private Fixtures() {}

  /** What a read produced: the documents and the errors, in order. */
  record Run(List<RawDocument> docs, List<DataError> errors, Problems problems) {
    List<DataError.Code> codes() {
      return errors.stream().map(DataError::code).toList();
    }
  }

  static Run run(Function<Problems, Stream<RawDocument>> read) {
    List<DataError> errors = new ArrayList<>();
    Problems problems = new Problems(errors::add);
    List<RawDocument> docs;
    try (Stream<RawDocument> stream = read.apply(problems)) {
      docs = stream.toList();
    }
    return new Run(docs, errors, problems);
  }

  static Run read(DocumentReader reader, String name, byte[] bytes) {
    return read(reader, name, bytes, IngestOptions.DEFAULTS);
  }

  static Run read(DocumentReader reader, String name, byte[] bytes, IngestOptions options) {
    return run(p -> reader.read(Source.bytes(name, bytes), options, p));
  }

  static Run ingest(IngestOptions options, String... inputs) {
    return run(p -> Ingest.read(List.of(inputs), options, p));
  }

  static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] cut(byte[] bytes, int length) {
    return Arrays.copyOf(bytes, length);
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    return write(file, utf8(text));
  }

  static String rssItem(String title, String link, String date, String description) {
    return "<item><title>"
        + title
        + "</title><link>"
        + link
        + "</link><pubDate>"
        + date
        + "</pubDate><description><![CDATA["
        + description
        + "]]></description></item>\n";
  }

  static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel><title>Wire</title>\n"
        + String.join("", items)
        + "</channel></rss>\n";
  }

  static String atomEntry(String title, String href, String published, String content) {
    return "<entry><title>"
        + title
        + "</title><link rel=\"alternate\" href=\""
        + href
        + "\"/>"
        + "<link rel=\"edit\" href=\"https://example.org/edit\"/><id>urn:x:"
        + title.hashCode()
        + "</id>"
        + "<published>"
        + published
        + "</published><updated>2024-12-31T00:00:00Z</updated>"
        + "<content type=\"html\">"
        + content
        + "</content></entry>\n";
  }

  static String atom(String... entries) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Wire</title>\n"
        + String.join("", entries)
        + "</feed>\n";
  }

  /** One WARC record with a correct Content-Length. */
  static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:")
        .append(java.util.UUID.nameUUIDFromBytes(block))
        .append(">\r\n");
    h.append("WARC-Date: 2024-03-01T12:00:00Z\r\n");
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    return concat(utf8(h.toString()), block, utf8("\r\n\r\n"));
  }

  static byte[] warcinfo() {
    return warcRecord("warcinfo", null, "application/warc-fields", utf8("software: dyad-test\r\n"));
  }

  static byte[] httpResponse(String contentType, byte[] body) {
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    return concat(utf8(head), body);
  }

  static byte[] response(String uri, String contentType, byte[] body) {
    return warcRecord(
        "response", uri, "application/http; msgtype=response", httpResponse(contentType, body));
  }

  static byte[] request(String uri) {
    return warcRecord(
        "request",
        uri,
        "application/http; msgtype=request",
        utf8("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"));
  }
}
