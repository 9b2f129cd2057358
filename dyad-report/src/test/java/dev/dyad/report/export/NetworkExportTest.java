package dev.dyad.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkExportTest {
  private static final ClaimActor ODD = new ClaimActor("XAA", "Odd \"<&>\" \u0001 name, 北");

  private static final List<Claim> CLAIMS =
      List.of(
          // PRK → RUS: two cooperative claims (military aid), 3 + 1 sources.
          Fixtures.claim(
              "c1",
              Fixtures.PRK,
              Fixtures.RUS,
              EventType.AID,
              Optional.of("military"),
              ClaimStatus.CONFIRMED,
              4,
              3),
          Fixtures.claim(
              "c2",
              Fixtures.PRK,
              Fixtures.RUS,
              EventType.CONSULT,
              Optional.empty(),
              ClaimStatus.REPORTED,
              1,
              1),
          // KOR → PRK: conflict.
          Fixtures.claim(
              "c3",
              Fixtures.KOR,
              Fixtures.PRK,
              EventType.ACCUSE,
              Optional.empty(),
              ClaimStatus.REPORTED,
              1,
              1),
          // Not factual: left out by default.
          Fixtures.claim(
              "c4",
              Fixtures.UN,
              Fixtures.PRK,
              EventType.SANCTION,
              Optional.empty(),
              ClaimStatus.DISPUTED,
              2,
              2),
          Fixtures.claim(
              "c5",
              ODD,
              Fixtures.RUS,
              EventType.THREATEN,
              Optional.empty(),
              ClaimStatus.ALLEGED,
              1,
              1));

  @Test
  void factualClaimsMakeTheGraph() {
    NetworkGraph g = NetworkGraph.fromClaims(CLAIMS);

    assertThat(g.nodes()).extracting(NetworkGraph.Node::id).containsExactly("KOR", "PRK", "RUS");
    NetworkGraph.Node prk = g.nodes().get(1);
    assertThat(prk.label()).isEqualTo("North Korea");
    assertThat(prk.claims()).isEqualTo(3);
    assertThat(prk.asSource()).isEqualTo(2);
    assertThat(prk.asTarget()).isEqualTo(1);

    assertThat(g.edges()).hasSize(2);
    NetworkGraph.Edge conflict = g.edges().get(0);
    assertThat(conflict.source()).isEqualTo("KOR");
    assertThat(conflict.sign()).isEqualTo(-1);
    assertThat(conflict.quadClasses()).containsExactly(0, 0, 1, 0);

    NetworkGraph.Edge aid = g.edges().get(1);
    assertThat(aid.source()).isEqualTo("PRK");
    assertThat(aid.target()).isEqualTo("RUS");
    assertThat(aid.weight()).isEqualTo(2.0);
    assertThat(aid.independentSources()).isEqualTo(4);
    assertThat(aid.sign()).isEqualTo(1);
    EventOntology o = EventOntology.builtIn();
    double expected =
        (o.kind(EventType.AID, Optional.of("military")).intensity()
                + o.kind(EventType.CONSULT, Optional.empty()).intensity())
            / 2;
    assertThat(aid.meanIntensity()).isEqualTo(expected);
  }

  @Test
  void otherStatusesOnRequestAndSelfLoopsCountOnce() {
    List<Claim> claims = new java.util.ArrayList<>(CLAIMS);
    claims.add(
        Fixtures.claim(
            "c6",
            Fixtures.RUS,
            Fixtures.RUS,
            EventType.MOBILIZE,
            Optional.empty(),
            ClaimStatus.CONFIRMED,
            1,
            1));
    NetworkGraph g =
        NetworkGraph.fromClaims(claims, EnumSet.allOf(ClaimStatus.class), EventOntology.builtIn());

    assertThat(g.nodes()).hasSize(5);
    assertThat(g.edges()).hasSize(5);
    NetworkGraph.Node rus =
        g.nodes().stream().filter(n -> n.id().equals("RUS")).findFirst().orElseThrow();
    assertThat(rus.claims()).isEqualTo(4); // c1, c2, c5 and the self-claim c6 once
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static NetworkGraph everything() {
    return NetworkGraph.fromClaims(
        CLAIMS, EnumSet.allOf(ClaimStatus.class), EventOntology.builtIn());
  }

  @Test
  void graphMlParsesWithKeysForEveryAttribute() throws Exception {
    NetworkGraph g = everything();
    StringWriter out = new StringWriter();
    GraphMlWriter.write(g, out);

    Document doc = parse(out.toString());
    String ns = GraphMlWriter.NS;
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(ns);
    NodeList keys = doc.getElementsByTagNameNS(ns, "key");
    assertThat(keys.getLength()).isEqualTo(GraphAttribute.NODE.size() + GraphAttribute.EDGE.size());
    Map<String, String> keyNames = new HashMap<>();
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      keyNames.put(
          k.getAttribute("id"),
          k.getAttribute("for")
              + ":"
              + k.getAttribute("attr.name")
              + ":"
              + k.getAttribute("attr.type"));
    }
    assertThat(keyNames)
        .containsEntry("n_label", "node:label:string")
        .containsEntry("e_weight", "edge:weight:double")
        .containsEntry("e_sign", "edge:sign:int")
        .containsEntry("e_independent_sources", "edge:independent_sources:int");
    Element graph = (Element) doc.getElementsByTagNameNS(ns, "graph").item(0);
    assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");

    NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
    NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
    assertThat(nodes.getLength()).isEqualTo(g.nodes().size());
    assertThat(edges.getLength()).isEqualTo(g.edges().size());

    Map<String, String> odd = data((Element) nodes.item(g.nodes().indexOf(node(g, "XAA"))), ns);
    assertThat(odd)
        .containsEntry("n_label", "Odd \"<&>\"   name, 北")
        .containsEntry("n_claims", "1");
    Element prkRus = (Element) edges.item(g.edges().indexOf(edge(g, "PRK", "RUS")));
    assertThat(prkRus.getAttribute("source")).isEqualTo("PRK");
    assertThat(data(prkRus, ns))
        .containsEntry("e_weight", "2.0")
        .containsEntry("e_claims", "2")
        .containsEntry("e_sign", "1")
        .containsEntry("e_quad2_material_cooperation", "1");
    // Every element carries a value for every key of its kind.
    assertThat(data((Element) edges.item(0), ns)).hasSize(GraphAttribute.EDGE.size());
  }

  @Test
  void gexfParsesAsDirectedGraphWithAttributes() throws Exception {
    NetworkGraph g = everything();
    StringWriter out = new StringWriter();
    GexfWriter.write(g, out);

    Document doc = parse(out.toString());
    String ns = GexfWriter.NS;
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ns);
    assertThat(root.getAttribute("version")).isEqualTo("1.3");
    Element graph = (Element) doc.getElementsByTagNameNS(ns, "graph").item(0);
    assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");

    NodeList declared = doc.getElementsByTagNameNS(ns, "attribute");
    // label and weight are GEXF's own attributes, not declared ones.
    assertThat(declared.getLength())
        .isEqualTo(GraphAttribute.NODE.size() - 1 + GraphAttribute.EDGE.size() - 1);

    NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
    NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
    assertThat(nodes.getLength()).isEqualTo(g.nodes().size());
    assertThat(edges.getLength()).isEqualTo(g.edges().size());
    Element odd = (Element) nodes.item(g.nodes().indexOf(node(g, "XAA")));
    assertThat(odd.getAttribute("label")).isEqualTo("Odd \"<&>\"   name, 北");

    Element prkRus = (Element) edges.item(g.edges().indexOf(edge(g, "PRK", "RUS")));
    assertThat(prkRus.getAttribute("weight")).isEqualTo("2.0");
    Map<String, String> values = new HashMap<>();
    NodeList att = prkRus.getElementsByTagNameNS(ns, "attvalue");
    for (int i = 0; i < att.getLength(); i++) {
      Element a = (Element) att.item(i);
      values.put(a.getAttribute("for"), a.getAttribute("value"));
    }
    assertThat(values)
        .containsEntry("claims", "2")
        .containsEntry("independent_sources", "4")
        .containsEntry("sign", "1")
        .doesNotContainKey("weight");
  }

  @Test
  void emptyGraphsAreStillValidDocuments() throws Exception {
    NetworkGraph empty = NetworkGraph.fromClaims(List.of());
    StringWriter graphMl = new StringWriter();
    StringWriter gexf = new StringWriter();
    GraphMlWriter.write(empty, graphMl);
    GexfWriter.write(empty, gexf);

    assertThat(
            parse(graphMl.toString()).getElementsByTagNameNS(GraphMlWriter.NS, "node").getLength())
        .isZero();
    assertThat(parse(gexf.toString()).getElementsByTagNameNS(GexfWriter.NS, "edge").getLength())
        .isZero();
    assertThat(Set.copyOf(NetworkGraph.FACTUAL))
        .containsExactlyInAnyOrder(ClaimStatus.CONFIRMED, ClaimStatus.REPORTED);
  }

  private static NetworkGraph.Node node(NetworkGraph g, String id) {
    return g.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  private static NetworkGraph.Edge edge(NetworkGraph g, String source, String target) {
    return g.edges().stream()
        .filter(e -> e.source().equals(source) && e.target().equals(target))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> data(Element element, String ns) {
    Map<String, String> values = new HashMap<>();
    NodeList data = element.getElementsByTagNameNS(ns, "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      values.put(d.getAttribute("key"), d.getTextContent());
    }
    return values;
  }
}
