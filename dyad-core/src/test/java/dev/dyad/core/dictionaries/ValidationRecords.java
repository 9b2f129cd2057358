package dev.dyad.core.dictionaries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * PETRARCH-2's validation records ({@code PETR.UnitTest.records.xml}), read in place: each sentence
 * with its date, category, whether PETRARCH-2 marks it implemented, the options set by the {@code
 * <Config>} tags before it, and the events it expects.
 */
final class ValidationRecords {
  private ValidationRecords() {}

  /** An expected event; a code in quotes is a new actor PETRARCH takes from the parse tree. */
  record Expected(String source, String target, String code) {}

  /**
   * One record.
   *
   * @param id its id (not unique in the file)
   * @param category DEMO, ACTOR, AGENT, …
   * @param implemented {@code sentence="true"}: PETRARCH-2 marks it implemented
   * @param date the sentence's date, YYYYMMDD
   * @param text the sentence
   * @param expected the events it expects; empty for "no events" and error records
   * @param error the error it expects instead of events ("storydiscard", "dateline"), if any
   * @param options the options in force ({@code require_dyad}, {@code new_actor_length}, …)
   */
  record Record(
      String id,
      String category,
      boolean implemented,
      String date,
      String text,
      List<Expected> expected,
      Optional<String> error,
      Map<String, String> options) {}

  static List<Record> read(Path file) throws IOException {
    org.w3c.dom.Document xml;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    List<Record> out = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    Element sentences = (Element) xml.getElementsByTagName("Sentences").item(0);
    NodeList children = sentences.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node node = children.item(i);
      if (!(node instanceof Element e)) {
        continue;
      }
      if (e.getTagName().equals("Config")) {
        if (e.hasAttribute("option")) {
          options.put(e.getAttribute("option"), e.getAttribute("value").toLowerCase());
        }
        continue;
      }
      if (!e.getTagName().equals("Sentence")) {
        continue;
      }
      List<Expected> expected = new ArrayList<>();
      Optional<String> error = Optional.empty();
      NodeList codings = e.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.hasAttribute("error")) {
          error = Optional.of(c.getAttribute("error"));
        } else if (c.hasAttribute("sourcecode")) {
          expected.add(
              new Expected(
                  c.getAttribute("sourcecode"),
                  c.getAttribute("targetcode"),
                  c.getAttribute("eventcode")));
        }
      }
      String text =
          e.getElementsByTagName("Text").item(0).getTextContent().strip().replaceAll("\\s+", " ");
      out.add(
          new Record(
              e.getAttribute("id"),
              e.getAttribute("category"),
              e.getAttribute("sentence").equalsIgnoreCase("true"),
              e.getAttribute("date"),
              text,
              List.copyOf(expected),
              error,
              Map.copyOf(options)));
    }
    return out;
  }
}
