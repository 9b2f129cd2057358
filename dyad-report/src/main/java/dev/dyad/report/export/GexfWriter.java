package dev.dyad.report.export;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@link NetworkGraph} as GEXF 1.3, Gephi's own format: a static directed graph, typed attribute
 * declarations for nodes and edges, the actor code as node id and the name as label, and the claim
 * count as the edge's native {@code weight} (what Gephi sizes edges by). No last-modified date is
 * written, so the same graph always gives the same bytes.
 */
public final class GexfWriter {
  static final String NS = "http://gexf.net/1.3";

  // Label and weight are GEXF's own node and edge attributes; declaring them again would give
  // Gephi two columns of the same name.
  private static final List<GraphAttribute<NetworkGraph.Node>> NODE_ATTRIBUTES =
      GraphAttribute.NODE.stream().filter(a -> !a.name().equals("label")).toList();
  private static final List<GraphAttribute<NetworkGraph.Edge>> EDGE_ATTRIBUTES =
      GraphAttribute.EDGE.stream().filter(a -> !a.name().equals("weight")).toList();

  private GexfWriter() {}

  /** Writes the graph; {@code out} should encode UTF-8, which the declaration names. */
  public static void write(NetworkGraph graph, Writer out) {
    try {
      XMLStreamWriter xml = XmlText.open(out, "gexf", NS, NS + "/gexf.xsd");
      xml.writeAttribute("version", "1.3");
      XmlText.newline(xml, 1);
      xml.writeStartElement("meta");
      xml.writeStartElement("creator");
      xml.writeCharacters("Dyad");
      xml.writeEndElement();
      xml.writeStartElement("description");
      xml.writeCharacters(
          "Actor network of claims: edge weight = claims, sign = sign of the"
              + " mean Goldstein intensity");
      xml.writeEndElement();
      xml.writeEndElement();
      XmlText.newline(xml, 1);
      xml.writeStartElement("graph");
      xml.writeAttribute("mode", "static");
      xml.writeAttribute("defaultedgetype", "directed");
      declare(xml, "node", NODE_ATTRIBUTES);
      declare(xml, "edge", EDGE_ATTRIBUTES);
      XmlText.newline(xml, 2);
      xml.writeStartElement("nodes");
      for (NetworkGraph.Node node : graph.nodes()) {
        XmlText.newline(xml, 3);
        xml.writeStartElement("node");
        xml.writeAttribute("id", XmlText.clean(node.id()));
        xml.writeAttribute("label", XmlText.clean(node.label()));
        values(xml, NODE_ATTRIBUTES, node);
        xml.writeEndElement();
      }
      XmlText.newline(xml, 2);
      xml.writeEndElement();
      XmlText.newline(xml, 2);
      xml.writeStartElement("edges");
      int id = 0;
      for (NetworkGraph.Edge edge : graph.edges()) {
        XmlText.newline(xml, 3);
        xml.writeStartElement("edge");
        xml.writeAttribute("id", Integer.toString(id++));
        xml.writeAttribute("source", XmlText.clean(edge.source()));
        xml.writeAttribute("target", XmlText.clean(edge.target()));
        xml.writeAttribute("weight", Double.toString(edge.weight()));
        values(xml, EDGE_ATTRIBUTES, edge);
        xml.writeEndElement();
      }
      XmlText.newline(xml, 2);
      xml.writeEndElement(); // edges
      XmlText.newline(xml, 1);
      xml.writeEndElement(); // graph
      XmlText.close(xml);
    } catch (XMLStreamException e) {
      throw new ExportException("cannot write GEXF", e);
    }
  }

  private static <T> void declare(
      XMLStreamWriter xml, String kind, List<GraphAttribute<T>> attributes)
      throws XMLStreamException {
    XmlText.newline(xml, 2);
    xml.writeStartElement("attributes");
    xml.writeAttribute("class", kind);
    xml.writeAttribute("mode", "static");
    for (GraphAttribute<T> a : attributes) {
      XmlText.newline(xml, 3);
      xml.writeEmptyElement("attribute");
      xml.writeAttribute("id", a.name());
      xml.writeAttribute("title", a.name());
      xml.writeAttribute("type", a.type().gexf());
    }
    XmlText.newline(xml, 2);
    xml.writeEndElement();
  }

  private static <T> void values(XMLStreamWriter xml, List<GraphAttribute<T>> attributes, T element)
      throws XMLStreamException {
    xml.writeStartElement("attvalues");
    for (GraphAttribute<T> a : attributes) {
      xml.writeEmptyElement("attvalue");
      xml.writeAttribute("for", a.name());
      xml.writeAttribute("value", a.text(element));
    }
    xml.writeEndElement();
  }
}
