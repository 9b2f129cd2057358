package dev.dyad.report.export;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@link NetworkGraph} as GraphML: one {@code key} declaration per node and edge attribute
 * (typed, so Gephi, yEd, igraph and NetworkX read numbers as numbers), a directed graph, nodes with
 * their actor code as id and a {@code label} key with the name. Node and edge keys get {@code n_}
 * and {@code e_} ids because both have a {@code claims} attribute.
 */
public final class GraphMlWriter {
  static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphMlWriter() {}

  /** Writes the graph; {@code out} should encode UTF-8, which the declaration names. */
  public static void write(NetworkGraph graph, Writer out) {
    try {
      XMLStreamWriter xml = XmlText.open(out, "graphml", NS, NS + "/1.0/graphml.xsd");
      keys(xml, "node", "n_", GraphAttribute.NODE);
      keys(xml, "edge", "e_", GraphAttribute.EDGE);
      XmlText.newline(xml, 1);
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "dyad");
      xml.writeAttribute("edgedefault", "directed");
      for (NetworkGraph.Node node : graph.nodes()) {
        XmlText.newline(xml, 2);
        xml.writeStartElement("node");
        xml.writeAttribute("id", XmlText.clean(node.id()));
        data(xml, "n_", GraphAttribute.NODE, node);
        xml.writeEndElement();
      }
      int id = 0;
      for (NetworkGraph.Edge edge : graph.edges()) {
        XmlText.newline(xml, 2);
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + id++);
        xml.writeAttribute("source", XmlText.clean(edge.source()));
        xml.writeAttribute("target", XmlText.clean(edge.target()));
        data(xml, "e_", GraphAttribute.EDGE, edge);
        xml.writeEndElement();
      }
      XmlText.newline(xml, 1);
      xml.writeEndElement(); // graph
      XmlText.close(xml);
    } catch (XMLStreamException e) {
      throw new ExportException("cannot write GraphML", e);
    }
  }

  private static <T> void keys(
      XMLStreamWriter xml, String domain, String prefix, List<GraphAttribute<T>> attributes)
      throws XMLStreamException {
    for (GraphAttribute<T> a : attributes) {
      XmlText.newline(xml, 1);
      xml.writeEmptyElement("key");
      xml.writeAttribute("id", prefix + a.name());
      xml.writeAttribute("for", domain);
      xml.writeAttribute("attr.name", a.name());
      xml.writeAttribute("attr.type", a.type().graphMl());
    }
  }

  private static <T> void data(
      XMLStreamWriter xml, String prefix, List<GraphAttribute<T>> attributes, T element)
      throws XMLStreamException {
    for (GraphAttribute<T> a : attributes) {
      xml.writeStartElement("data");
      xml.writeAttribute("key", prefix + a.name());
      xml.writeCharacters(a.text(element));
      xml.writeEndElement();
    }
  }
}
