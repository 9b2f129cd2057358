package dev.dyad.core.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads JSON Lines: one article object per line with {@code url}, {@code title}, a date and {@code
 * text} or {@code html}. Every other field is kept as metadata. A bad line is reported with its
 * number and the file goes on.
 */
final class JsonLinesReader implements DocumentReader {
  // Quirk: corpora name the date field in many ways; the first present one wins.
  static final List<String> DATE_FIELDS = List.of("published", "date", "pubDate", "datePublished");
  private static final Set<String> OWN_FIELDS = Set.of("url", "title", "text", "html");

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  // The line length limit already bounds every string.
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  @Override
  public Stream<RawDocument> read(Source source, IngestOptions options, Problems problems) {
    return CursorStream.of(
        source,
        Head.Check.RECORDS,
        problems,
        in -> LineCursor.open(in, source.name(), options, problems));
  }

  private static final class LineCursor extends Cursor {
    private final InputStream in;
    private final String name;
    private final Lines lines;
    private final long limit;
    private final Problems problems;
    // The encoding a byte order mark named when it was UTF-16: the lines arrive as UTF-8.
    private final Optional<String> utf16;

    private LineCursor(
        InputStream in,
        String name,
        IngestOptions options,
        Problems problems,
        Optional<String> utf16) {
      this.in = in;
      this.name = name;
      this.limit = options.maxDocumentBytes();
      this.lines = new Lines(in, limit);
      this.problems = problems;
      this.utf16 = utf16;
    }

    static LineCursor open(InputStream raw, String name, IngestOptions options, Problems problems)
        throws IOException {
      BufferedInputStream in = new BufferedInputStream(raw);
      in.mark(2);
      byte[] head = in.readNBytes(2);
      in.reset();
      Optional<Bom> bom = Bom.of(head).filter(b -> !b.charset().equals(StandardCharsets.UTF_8));
      if (bom.isEmpty()) {
        return new LineCursor(in, name, options, problems, Optional.empty());
      }
      // Quirk: Windows tools save "Unicode" text as UTF-16 with a BOM; its line ends are two bytes.
      in.skipNBytes(bom.get().length());
      boolean bigEndian = bom.get().charset().equals(StandardCharsets.UTF_16BE);
      return new LineCursor(
          new Utf16AsUtf8(in, bigEndian),
          name,
          options,
          problems,
          Optional.of(bom.get().charset().name() + " (BOM)"));
    }

    @Override
    Optional<RawDocument> next() throws IOException {
      for (Optional<Lines.Line> line = lines.next(); line.isPresent(); line = lines.next()) {
        String where = name + " line " + line.get().number();
        try {
          Optional<RawDocument> doc = parse(line.get(), where);
          if (doc.isPresent()) {
            return doc;
          }
        } catch (BadInput e) {
          problems.fail(e.error());
        }
      }
      return Optional.empty();
    }

    private Optional<RawDocument> parse(Lines.Line line, String where) {
      if (line.tooLong()) {
        throw Bounded.tooLarge(where, "the line", limit);
      }
      byte[] bytes = line.bytes();
      if (line.number() == 1) {
        bytes = withoutBom(bytes);
      }
      Optional<String> binary = Head.controlBytes(bytes);
      if (binary.isPresent()) {
        throw new BadInput(Code.BINARY, where, "binary data: " + binary.get() + " in the line");
      }
      TextDecoding.Decoded decoded =
          utf16.isPresent()
              ? new TextDecoding.Decoded(
                  LenientText.decode(bytes, 0, StandardCharsets.UTF_8), utf16)
              : TextDecoding.text(bytes);
      if (decoded.text().isBlank()) {
        return Optional.empty();
      }
      JsonNode node;
      try {
        node = JSON.readTree(decoded.text());
      } catch (JsonProcessingException e) {
        throw new BadInput(Code.MALFORMED_JSON, where, "not valid JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw new BadInput(Code.MALFORMED_JSON, where, "not a JSON object");
      }
      return Optional.of(document(node, where, decoded));
    }

    private RawDocument document(JsonNode node, String where, TextDecoding.Decoded decoded) {
      Optional<String> text = string(node, "text", where);
      Optional<String> html = string(node, "html", where);
      if (text.isEmpty() && html.isEmpty()) {
        throw new BadInput(Code.MALFORMED_JSON, where, "no \"text\" or \"html\" field");
      }
      // Text is preferred: a corpus that carries both has already extracted it.
      boolean useText = text.filter(t -> !t.isBlank()).isPresent() || html.isEmpty();
      String body = useText ? text.orElse("") : html.get();
      if (body.isBlank()) {
        throw new BadInput(Code.EMPTY, where, "the article text is empty");
      }
      Optional<String> published = Optional.empty();
      String dateField = "";
      for (String field : DATE_FIELDS) {
        Optional<String> value = string(node, field, where).filter(s -> !s.isBlank());
        if (published.isEmpty() && value.isPresent()) {
          published = value;
          dateField = field;
        }
      }
      String usedForDate = dateField;
      Map<String, String> metadata = new HashMap<>(decoded.metadata());
      node.fields()
          .forEachRemaining(
              e -> {
                boolean own = OWN_FIELDS.contains(e.getKey()) || e.getKey().equals(usedForDate);
                if (!own && !e.getValue().isNull()) {
                  JsonNode v = e.getValue();
                  metadata.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
                }
              });
      Optional<String> url = string(node, "url", where).filter(u -> !u.isBlank());
      return new RawDocument(
          url.orElse(where),
          where,
          useText ? ContentType.TEXT : ContentType.HTML,
          body,
          string(node, "title", where),
          published,
          metadata);
    }

    private static Optional<String> string(JsonNode node, String field, String where) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (v.isTextual()) {
        return Optional.of(v.textValue());
      }
      if (v.isValueNode()) {
        // Quirk: some exports write dates as numbers or booleans as strings; keep the value.
        return Optional.of(v.asText());
      }
      throw new BadInput(Code.MALFORMED_JSON, where, "field \"" + field + "\" is not a string");
    }

    private static byte[] withoutBom(byte[] bytes) {
      Optional<Bom> bom = Bom.of(bytes);
      return bom.filter(b -> b.length() == 3)
          .map(b -> java.util.Arrays.copyOfRange(bytes, 3, bytes.length))
          .orElse(bytes);
    }

    @Override
    String where() {
      return name + " line " + Math.max(1, lines.number());
    }

    @Override
    Code brokenCode() {
      return Code.MALFORMED_JSON;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
