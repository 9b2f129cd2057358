package dev.dyad.store.export;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the XML writers share: a StAX writer, and text that XML 1.0 can hold. */
final class XmlText {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private XmlText() {}

  static XMLStreamWriter writer(Writer out) throws XMLStreamException {
    return FACTORY.createXMLStreamWriter(out);
  }

  /**
   * StAX escapes markup but writes control characters as they are, and XML 1.0 cannot hold them
   * even as references, so the file would not parse: they become spaces (tab, line feed and
   * carriage return are allowed and kept).
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      boolean allowed = cp == '\t' || cp == '\n' || cp == '\r'
          || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      // A lone surrogate comes out of codePoints() as itself and is dropped to a space too.
      out.appendCodePoint(allowed ? cp : ' ');
    });
    return out.toString();
  }
}
