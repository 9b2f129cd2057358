package dev.dyad.core.ingest;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.RawDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one RSS item or Atom entry, from its start tag to its end tag, into a document. */
final class FeedItems {
  private static final Map<String, String> PREFIXES =
      Map.of(
          "http://purl.org/rss/1.0/modules/content/", "content",
          "http://purl.org/dc/elements/1.1/", "dc");
  private static final List<String> BODY_FIELDS =
      List.of("content:encoded", "content", "description", "summary");
  // Quirk: feeds carry the date under four names; the first publication date wins over updated.
  private static final List<String> DATE_FIELDS =
      List.of("pubDate", "published", "dc:date", "updated");
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final XMLStreamReader xml;
  // Counted in characters, which is close enough to bytes for a guard against runaway items.
  private final long limit;

  FeedItems(XMLStreamReader xml, long limit) {
    this.xml = xml;
    this.limit = limit;
  }

  /**
   * Reads the item whose start tag the reader is on, up to its end tag. An empty or over-long item
   * is a {@link BadInput} thrown with the reader on the item's end tag.
   */
  RawDocument read(String where) throws XMLStreamException {
    Map<String, String> fields = new LinkedHashMap<>();
    Optional<String> link = Optional.empty();
    long size = 0;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String key = key();
      if (xml.getLocalName().equals("link") && xml.getAttributeValue(null, "href") != null) {
        String rel = Optional.ofNullable(xml.getAttributeValue(null, "rel")).orElse("alternate");
        if (rel.equals("alternate") && link.isEmpty()) {
          link = Optional.of(xml.getAttributeValue(null, "href").strip());
        }
        skip();
        continue;
      }
      boolean escape = ATOM.equals(xml.getNamespaceURI()) && isAtomText();
      StringBuilder value = new StringBuilder();
      size += content(value, escape, Math.max(0, limit - size));
      if (size <= limit) {
        // Quirk: repeated fields (several categories) are joined rather than lost.
        fields.merge(key, value.toString().strip(), (a, b) -> a + " | " + b);
      }
    }
    if (size > limit) {
      throw Bounded.tooLarge(where, "the item", limit);
    }
    return document(fields, link, where);
  }

  private RawDocument document(
      Map<String, String> fields, Optional<String> atomLink, String where) {
    Optional<String> body =
        BODY_FIELDS.stream()
            .map(fields::get)
            .filter(v -> v != null && !v.isBlank())
            .max((a, b) -> Integer.compare(a.length(), b.length()));
    if (body.isEmpty()) {
      throw new BadInput(Code.EMPTY, where, "the item has no description or content");
    }
    Optional<String> link = atomLink.or(() -> nonBlank(fields.get("link")));
    Optional<String> published = Optional.empty();
    for (String f : DATE_FIELDS) {
      published = published.or(() -> nonBlank(fields.get(f)));
    }
    Map<String, String> metadata = new LinkedHashMap<>(fields);
    BODY_FIELDS.forEach(metadata::remove);
    metadata.remove("title");
    metadata.remove("link");
    Optional<String> id = nonBlank(fields.get("guid")).or(() -> nonBlank(fields.get("id")));
    return new RawDocument(
        link.or(() -> id).orElse(where),
        where,
        ContentType.HTML,
        body.get(),
        nonBlank(fields.get("title")),
        published,
        metadata);
  }

  private static Optional<String> nonBlank(String s) {
    return Optional.ofNullable(s).filter(v -> !v.isBlank());
  }

  private String key() {
    String uri = xml.getNamespaceURI();
    String prefix = uri == null ? null : PREFIXES.get(uri);
    if (prefix == null) {
      prefix = xml.getPrefix();
    }
    boolean plain = prefix == null || prefix.isEmpty();
    return plain ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
  }

  /** Atom text constructs default to plain text, which must stay text inside an HTML body. */
  private boolean isAtomText() {
    String type = xml.getAttributeValue(null, "type");
    return type == null || type.equals("text") || type.equals("xhtml");
  }

  /**
   * Appends the element's content (text, and any nested markup as tags) while it fits {@code
   * budget} characters, reads to the element's end either way, and returns how many characters it
   * met, so the caller can tell when it went over.
   */
  private long content(StringBuilder out, boolean escape, long budget) throws XMLStreamException {
    long seen = 0;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      String piece;
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          piece = "<" + xml.getLocalName() + attributes() + ">";
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          piece = depth > 0 ? "</" + xml.getLocalName() + ">" : "";
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            piece = escape ? escape(xml.getText()) : xml.getText();
        default -> piece = "";
      }
      seen += piece.length();
      if (seen <= budget) {
        out.append(piece);
      }
    }
    return seen;
  }

  private String attributes() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      sb.append(' ')
          .append(xml.getAttributeLocalName(i))
          .append("=\"")
          .append(escape(xml.getAttributeValue(i)).replace("\"", "&quot;"))
          .append('"');
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Skips to the end of the element whose start tag the reader is on. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      depth +=
          event == XMLStreamConstants.START_ELEMENT
              ? 1
              : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }
}
