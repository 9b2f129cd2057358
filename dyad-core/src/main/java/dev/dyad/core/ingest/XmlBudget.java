package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError.Code;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Bounds what the XML parser may hold at once. Text and CDATA reach the feed reader in pieces (see
 * {@link LenientXml}), but the JDK parser reads a comment, a processing instruction, a DTD or a tag
 * with its attributes whole before it returns; so the characters it reads for one event are
 * counted, and past the limit the feed ends with {@code TOO_LARGE} instead of an OutOfMemoryError.
 * Elements nested deeper than {@value #MAX_DEPTH} end the feed too, as jsoup bounds the depth of
 * HTML.
 */
final class XmlBudget {
  static final int MAX_DEPTH = 512;

  private final long limit;
  private long used;
  private boolean exceeded;
  private boolean tooDeep;

  XmlBudget(long limit) {
    this.limit = limit;
  }

  /** The characters on their way to the parser, counted. */
  Reader counting(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
      }

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (used > limit) {
          exceeded = true;
          throw new IOException(
              "one XML event is larger than the limit of " + limit + " characters");
        }
        int n = super.read(cbuf, off, len);
        used += Math.max(0, n);
        return n;
      }
    };
  }

  /** The parser, with the count started afresh for each event and the depth watched. */
  XMLStreamReader watching(XMLStreamReader xml) {
    return new StreamReaderDelegate(xml) {
      private int depth;

      @Override
      public int next() throws XMLStreamException {
        used = 0;
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
          tooDeep = true;
          throw new XMLStreamException("elements are nested deeper than " + MAX_DEPTH + " levels");
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
        return event;
      }
    };
  }

  /** The error that says why the parser was stopped, if it was. */
  Optional<BadInput> stopped(String where) {
    if (exceeded) {
      return Optional.of(
          new BadInput(
              Code.TOO_LARGE,
              where,
              "a tag, comment, processing instruction or DTD is larger than the limit of "
                  + limit
                  + " characters (maxDocumentBytes)"));
    }
    if (tooDeep) {
      return Optional.of(
          new BadInput(
              Code.MALFORMED_XML,
              where,
              "elements are nested deeper than " + MAX_DEPTH + " levels"));
    }
    return Optional.empty();
  }
}
