package dev.dyad.report.export;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the XML writers share: the document around their root element, line breaks between elements,
 * and text that XML 1.0 can hold.
 */
final class XmlText {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private XmlText() {}

  /**
   * A UTF-8 document opened with its root element, {@code ns} its default namespace and {@code
   * schema} where the schema for it is; {@link #close} ends it.
   */
  static XMLStreamWriter open(Writer out, String root, String ns, String schema)
      throws XMLStreamException {
    XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement(root);
    xml.writeDefaultNamespace(ns);
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("xsi", XSI, "schemaLocation", ns + " " + schema);
    return xml;
  }

  /** Ends the root element and the document, with a final line break. */
  static void close(XMLStreamWriter xml) throws XMLStreamException {
    newline(xml, 0);
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  /** Line breaks between elements keep the file readable and diffable; they are not data. */
  static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /**
   * StAX escapes markup but writes control characters as they are, and XML 1.0 cannot hold them
   * even as references, so the file would not parse: they become spaces (tab, line feed and
   * carriage return are allowed and kept).
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              boolean allowed =
                  cp == '\t'
                      || cp == '\n'
                      || cp == '\r'
                      || (cp >= 0x20 && cp <= 0xD7FF)
                      || (cp >= 0xE000 && cp <= 0xFFFD)
                      || cp >= 0x10000;
              // A lone surrogate comes out of codePoints() as itself and is dropped to a space too.
              out.appendCodePoint(allowed ? cp : ' ');
            });
    return out.toString();
  }
}
