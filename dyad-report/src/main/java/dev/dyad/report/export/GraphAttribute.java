package dev.dyad.report.export;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One attribute of nodes or edges, declared once so that the GraphML keys and the GEXF attribute
 * declarations cannot drift from the values written.
 *
 * @param name the attribute's name in both formats
 * @param type its type
 * @param value how to read it from a node or edge
 */
record GraphAttribute<T>(String name, Type type, Function<T, Object> value) {

  /** The types both formats share, by their common names. */
  enum Type {
    STRING,
    INT,
    DOUBLE;

    /** GraphML's attr.type. */
    String graphMl() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** GEXF's attribute type. */
    String gexf() {
      return this == INT ? "integer" : name().toLowerCase(Locale.ROOT);
    }
  }

  static final List<GraphAttribute<NetworkGraph.Node>> NODE =
      List.of(
          new GraphAttribute<>("label", Type.STRING, NetworkGraph.Node::label),
          new GraphAttribute<>("claims", Type.INT, NetworkGraph.Node::claims),
          new GraphAttribute<>("as_source", Type.INT, NetworkGraph.Node::asSource),
          new GraphAttribute<>("as_target", Type.INT, NetworkGraph.Node::asTarget));

  static final List<GraphAttribute<NetworkGraph.Edge>> EDGE =
      List.of(
          new GraphAttribute<>("weight", Type.DOUBLE, NetworkGraph.Edge::weight),
          new GraphAttribute<>("sign", Type.INT, NetworkGraph.Edge::sign),
          new GraphAttribute<>("claims", Type.INT, NetworkGraph.Edge::claims),
          new GraphAttribute<>(
              "independent_sources", Type.INT, NetworkGraph.Edge::independentSources),
          new GraphAttribute<>(
              "mean_intensity", Type.DOUBLE, e -> Math.round(e.meanIntensity() * 1000) / 1000.0),
          new GraphAttribute<>("quad1_verbal_cooperation", Type.INT, e -> e.quadClasses().get(0)),
          new GraphAttribute<>("quad2_material_cooperation", Type.INT, e -> e.quadClasses().get(1)),
          new GraphAttribute<>("quad3_verbal_conflict", Type.INT, e -> e.quadClasses().get(2)),
          new GraphAttribute<>("quad4_material_conflict", Type.INT, e -> e.quadClasses().get(3)));

  String text(T element) {
    return XmlText.clean(String.valueOf(value.apply(element)));
  }
}
