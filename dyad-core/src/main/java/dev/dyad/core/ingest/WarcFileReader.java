package dev.dyad.core.ingest;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file record by record with jwarc: response and resource records holding HTML or
 * plain text become documents; other records are passed over. A broken record ends the file,
 * keeping the records before it.
 */
final class WarcFileReader implements DocumentReader {

  @Override
  public Stream<RawDocument> read(Source source, IngestOptions options, Problems problems) {
    return CursorStream.of(
        source,
        Head.Check.EMPTY_ONLY,
        problems,
        in -> new RecordCursor(in, source.name(), options, problems));
  }

  /** The payload of a record worth reading: its media type and its body. */
  private record Payload(MediaType type, MessageBody body, Map<String, String> metadata) {}

  private static final class RecordCursor extends Cursor {
    private final String name;
    private final long limit;
    private final Problems problems;
    private final WarcReader reader;
    private long record;
    private long offset;

    RecordCursor(InputStream in, String name, IngestOptions options, Problems problems)
        throws IOException {
      this.name = name;
      this.limit = options.maxDocumentBytes();
      this.problems = problems;
      this.reader = new WarcReader(in);
    }

    @Override
    Optional<RawDocument> next() throws IOException {
      while (true) {
        record++;
        Optional<WarcRecord> next = nextRecord();
        if (next.isEmpty()) {
          record--;
          return Optional.empty();
        }
        offset = reader.position();
        String where = where();
        try {
          Optional<RawDocument> doc = document(next.get(), where);
          if (doc.isPresent()) {
            return doc;
          }
        } catch (BadInput e) {
          problems.fail(e.error());
        } catch (DateTimeException | IllegalArgumentException | NoSuchElementException e) {
          // Quirk: jwarc parses a header (WARC-Date, Content-Type) only when asked; a bad or
          // missing
          // one costs its record, and the reader has framed the record by its length, so the file
          // goes on.
          problems.fail(
              Code.MALFORMED_WARC,
              where,
              "a WARC header is missing or cannot be parsed: " + e.getMessage());
        }
      }
    }

    private Optional<WarcRecord> nextRecord() throws IOException {
      try {
        return reader.next();
      } catch (ParsingException | IllegalArgumentException e) {
        // Quirk: jwarc says "record has 2 WARC-Type headers" with an IllegalArgumentException.
        offset = reader.position();
        throw new BadInput(
            Code.MALFORMED_WARC, where(), "malformed WARC record: " + e.getMessage());
      } catch (EOFException e) {
        offset = reader.position();
        throw new BadInput(Code.TRUNCATED, where(), "the WARC file ends in the middle of a record");
      }
    }

    private Optional<RawDocument> document(WarcRecord r, String where) throws IOException {
      if (!(r instanceof WarcResponse || r instanceof WarcResource)) {
        return Optional.empty(); // warcinfo, request, metadata: never documents, nothing skipped
      }
      Optional<Payload> payload = payload(r, where);
      if (payload.isEmpty()) {
        problems.skip();
        return Optional.empty();
      }
      MediaType type = payload.get().type();
      String base = type.base().toString().toLowerCase(Locale.ROOT);
      ContentType content;
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        content = ContentType.HTML;
      } else if (base.equals("text/plain")) {
        content = ContentType.TEXT;
      } else {
        problems.skip();
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream body = payload.get().body().stream()) {
        bytes = Bounded.readAll(body, limit, where, "the record");
      }
      Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
      TextDecoding.Decoded decoded =
          content == ContentType.HTML
              ? TextDecoding.html(bytes, charset)
              : TextDecoding.declared(bytes, charset);
      if (decoded.text().isBlank()) {
        throw new BadInput(Code.EMPTY, where, "the record's payload is empty");
      }
      Map<String, String> metadata = new HashMap<>(payload.get().metadata());
      metadata.putAll(decoded.metadata());
      String date = r.date().toString();
      metadata.put("warc-date", date);
      metadata.put("warc-type", r.type());
      r.headers().first("WARC-Record-ID").ifPresent(id -> metadata.put("warc-record-id", id));
      metadata.put("content-type", type.toString());
      String target = r.headers().first("WARC-Target-URI").orElse(where);
      // Quirk: some crawlers wrap the target URI in angle brackets (the WARC 1.0 spec's own
      // example).
      if (target.startsWith("<") && target.endsWith(">")) {
        target = target.substring(1, target.length() - 1);
      }
      return Optional.of(
          new RawDocument(
              target,
              where,
              content,
              decoded.text(),
              Optional.empty(),
              Optional.of(date),
              metadata));
    }

    /** The HTTP or resource payload of a record worth reading; empty for the rest. */
    private Optional<Payload> payload(WarcRecord r, String where) throws IOException {
      if (contentLength(r) > limit) {
        throw Bounded.tooLarge(where, "the record", limit);
      }
      if (r instanceof WarcResponse response) {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
          return Optional.of(new Payload(response.contentType(), response.body(), Map.of()));
        }
        HttpResponse http;
        try {
          http = response.http();
        } catch (IOException e) {
          throw new BadInput(
              Code.MALFORMED_WARC, where, "the HTTP response cannot be parsed: " + e.getMessage());
        }
        // Quirk: redirects and error pages are captured too; they are not articles.
        if (http.status() < 200 || http.status() >= 300) {
          return Optional.empty();
        }
        Map<String, String> metadata = Map.of("http-status", Integer.toString(http.status()));
        return Optional.of(new Payload(http.contentType(), http.bodyDecoded(), metadata));
      }
      if (r instanceof WarcResource resource) {
        return Optional.of(new Payload(resource.contentType(), resource.body(), Map.of()));
      }
      return Optional.empty();
    }

    private static long contentLength(WarcRecord r) {
      try {
        return r.headers()
            .first("Content-Length")
            .map(String::strip)
            .map(Long::parseLong)
            .orElse(0L);
      } catch (NumberFormatException e) {
        return 0L;
      }
    }

    @Override
    String where() {
      return name + " record " + Math.max(1, record) + " at offset " + offset;
    }

    @Override
    Code brokenCode() {
      return Code.MALFORMED_WARC;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
