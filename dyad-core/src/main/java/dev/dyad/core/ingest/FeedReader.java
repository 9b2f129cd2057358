package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0 (and RSS 1.0) and Atom feeds item by item with StAX: each item or entry is one HTML
 * document. No DTD is processed and no external entity is fetched. A feed that breaks keeps the
 * items before the break.
 */
final class FeedReader implements DocumentReader {

  @Override
  public Stream<RawDocument> read(Source source, IngestOptions options, Problems problems) {
    return CursorStream.of(
        source,
        Head.Check.TEXT,
        problems,
        in -> new FeedCursor(in, source.name(), options, problems));
  }

  static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    // Text comes in pieces, so an item is never held whole before its size is known.
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException e) {
      // Not every StAX implementation knows every property; the DTD switch above is the guard.
    }
  }

  private static final class FeedCursor extends Cursor {
    private final InputStream in;
    private final String name;
    private final Problems problems;
    private final LenientReader text;
    private final LenientXml lenient;
    private final XmlBudget budget;
    private final XMLStreamReader xml;
    private final FeedItems items;
    private String itemTag;
    private int item;
    private boolean inItem;

    FeedCursor(InputStream in, String name, IngestOptions options, Problems problems)
        throws IOException {
      this.in = in;
      this.name = name;
      this.problems = problems;
      this.text = XmlCharset.reader(in);
      this.budget = new XmlBudget(options.maxDocumentBytes());
      this.lenient = new LenientXml(text);
      try {
        this.xml = budget.watching(secureFactory().createXMLStreamReader(budget.counting(lenient)));
      } catch (XMLStreamException e) {
        throw broken(e, name);
      }
      this.items = new FeedItems(xml, options.maxDocumentBytes());
    }

    @Override
    Optional<RawDocument> next() {
      while (true) {
        try {
          return advance();
        } catch (BadInput e) {
          if (!inItem) {
            throw e;
          }
          // An item-level problem: the reader is at the item's end tag, so go on to the next.
          inItem = false;
          problems.fail(e.error());
        } catch (XMLStreamException | RuntimeException e) {
          throw broken(e, where());
        }
      }
    }

    private Optional<RawDocument> advance() throws XMLStreamException {
      if (itemTag == null) {
        itemTag = rootItemTag();
      }
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(itemTag)) {
          item++;
          inItem = true;
          RawDocument doc = items.read(name + " item " + item);
          inItem = false;
          return Optional.of(text.replaced() > 0 ? Undecodable.marked(doc) : doc);
        }
      }
      return Optional.empty();
    }

    private String rootItemTag() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD && lenient.declaresEntities()) {
          throw new BadInput(
              Code.MALFORMED_XML,
              name,
              "the feed declares entities in a DTD, which Dyad refuses to expand");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String root = xml.getLocalName();
          return switch (root) {
            case "rss", "RDF" -> "item";
            case "feed" -> "entry";
            default ->
                throw new BadInput(
                    Code.MALFORMED_XML,
                    name,
                    "not an RSS or Atom feed (root element <" + root + ">)");
          };
        }
      }
      throw new BadInput(Code.MALFORMED_XML, name, "not an RSS or Atom feed (no root element)");
    }

    private BadInput broken(Exception e, String where) {
      if (e instanceof BadInput bad) {
        return bad;
      }
      Optional<BadInput> stopped = budget.stopped(where);
      if (stopped.isPresent()) {
        return stopped.get();
      }
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      // Quirk: StAX keeps the underlying IOException as a "nested" exception, not as the cause.
      Throwable cause =
          e instanceof XMLStreamException x && x.getNestedException() != null
              ? x.getNestedException()
              : e;
      // Quirk: StAX says "ends early" only in words; an EOF in a gzip stream says it by type.
      boolean truncated =
          Failures.has(cause, java.io.EOFException.class)
              || message.contains("must start and end within the same entity")
              || message.contains("Premature end of file");
      if (truncated) {
        return new BadInput(Code.TRUNCATED, where, "the feed ends in the middle of the document");
      }
      if (Failures.has(cause, java.io.CharConversionException.class)
          || Failures.has(cause, java.nio.charset.CharacterCodingException.class)) {
        return new BadInput(
            Code.ENCODING, where, "bytes that are not valid in the feed's encoding");
      }
      return new BadInput(
          Code.MALFORMED_XML, where, "not well-formed XML: " + shortMessage(message));
    }

    private static String shortMessage(String message) {
      // StAX prefixes "ParseError at [row,col]:[3,5]\nMessage: "; the where already says the line.
      int at = message.lastIndexOf("Message: ");
      return (at >= 0 ? message.substring(at + 9) : message).strip();
    }

    @Override
    String where() {
      int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
      String at = line > 0 ? " line " + line : "";
      return inItem ? name + " item " + item + at : name + (at.isEmpty() ? "" : at);
    }

    @Override
    Code brokenCode() {
      return Code.MALFORMED_XML;
    }

    @Override
    public void close() throws IOException {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // The input is closed below either way.
      }
      in.close();
    }
  }
}
