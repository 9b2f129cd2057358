package dev.dyad.report.export;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventKind;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The directed actor network of a set of claims, ready for GraphML or GEXF.
 *
 * <p>Nodes are the claims' actors at country or organisation level (claims are already reduced to
 * it: {@code PRKMIL} is {@code PRK}), labelled with the dictionary name. Edges run from a claim's
 * source to its target, one per ordered pair.
 *
 * <p><b>Weight</b> is the number of claims, not of independent sources: a claim is one event
 * already merged across its reports, so the weight counts what happened between two actors rather
 * than how much the press covered it (one heavily covered event would otherwise outweigh many quiet
 * ones). The independent sources are kept as an attribute for whoever wants coverage.
 *
 * <p><b>Sign</b> is the sign of the mean Goldstein intensity of the edge's claims (each claim's
 * CAMEO kind from the ontology, every claim counted once): +1 cooperation, −1 conflict, 0 neutral.
 *
 * <p>By default only {@link ClaimStatus#CONFIRMED confirmed} and {@link ClaimStatus#REPORTED
 * reported} claims are drawn: a network is read as what happened, and disputed, alleged, planned,
 * speculative and denied claims are not facts (disputed ones are stated somewhere and denied
 * somewhere else). {@link #fromClaims(Iterable, Set, EventOntology)} takes other statuses.
 *
 * <p>Symmetric claims (consultations, agreements) keep the direction of their earliest mention.
 *
 * <p>{@link Builder} adds claims up one by one or in groups a database has counted.
 *
 * @param nodes ordered by code
 * @param edges ordered by source, then target
 */
public record NetworkGraph(List<Node> nodes, List<Edge> edges) {

  /** The statuses drawn by default. */
  public static final Set<ClaimStatus> FACTUAL =
      Set.copyOf(EnumSet.of(ClaimStatus.CONFIRMED, ClaimStatus.REPORTED));

  public NetworkGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * An actor.
   *
   * @param id the country or organisation code
   * @param label its name
   * @param claims claims it takes part in, as source or target
   * @param asSource claims it is the source of
   * @param asTarget claims it is the target of
   */
  public record Node(String id, String label, int claims, int asSource, int asTarget) {
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * Every drawn claim from one actor to another.
   *
   * @param source the source node's id
   * @param target the target node's id
   * @param claims the number of claims: the weight
   * @param independentSources independent source families summed over the claims
   * @param meanIntensity the mean Goldstein intensity of the claims
   * @param quadClasses claims per quad class: index 0 verbal cooperation … 3 material conflict
   * @param claimIds the edge's claims, by id: what every number of the edge counts
   */
  public record Edge(
      String source,
      String target,
      int claims,
      int independentSources,
      double meanIntensity,
      List<Integer> quadClasses,
      List<String> claimIds) {
    public Edge {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      quadClasses = List.copyOf(quadClasses);
      claimIds = List.copyOf(claimIds);
      if (quadClasses.size() != 4) {
        throw new IllegalArgumentException("four quad classes, not " + quadClasses.size());
      }
    }

    /** What the edge weighs: its claims. */
    public double weight() {
      return claims;
    }

    /** +1 cooperation, −1 conflict, 0 neutral: the sign of the mean intensity. */
    public int sign() {
      return (int) Math.signum(meanIntensity);
    }
  }

  /** The network of the confirmed and reported claims, with the built-in ontology. */
  public static NetworkGraph fromClaims(Iterable<? extends Claim> claims) {
    return fromClaims(claims, FACTUAL, EventOntology.builtIn());
  }

  /** The network of the claims whose status is in {@code statuses}. */
  public static NetworkGraph fromClaims(
      Iterable<? extends Claim> claims, Set<ClaimStatus> statuses, EventOntology ontology) {
    Builder graph = new Builder(ontology);
    for (Claim claim : claims) {
      if (statuses.contains(claim.status())) {
        graph.add(claim);
      }
    }
    return graph.build();
  }

  /**
   * Adds claims up into a graph: one by one, or in groups of claims that share source, target, type
   * and mode, as a database counts them. Status filtering is the caller's.
   */
  public static final class Builder {
    private final EventOntology ontology;
    private final Map<String, NodeCount> nodes = new TreeMap<>();
    private final Map<String, Map<String, EdgeCount>> edges = new TreeMap<>();

    public Builder(EventOntology ontology) {
      this.ontology = Objects.requireNonNull(ontology, "ontology");
    }

    /** Adds one claim; a claim with no target is no edge, and adds nothing. */
    public Builder add(Claim claim) {
      if (claim.target().isEmpty()) {
        return this;
      }
      return add(
          claim.source(),
          claim.target().get(),
          claim.eventType(),
          claim.mode(),
          1,
          claim.independentSources(),
          List.of(claim.claimId()));
    }

    /**
     * Adds {@code claims} claims of one type and mode from {@code source} to {@code target}.
     *
     * @param independentSources their independent source families, summed
     * @param claimIds their ids
     */
    public Builder add(
        ClaimActor source,
        ClaimActor target,
        EventType type,
        Optional<String> mode,
        int claims,
        int independentSources,
        List<String> claimIds) {
      nodes.computeIfAbsent(source.code(), code -> new NodeCount(source.name())).asSource += claims;
      nodes.computeIfAbsent(target.code(), code -> new NodeCount(target.name())).asTarget += claims;
      if (source.code().equals(target.code())) {
        nodes.get(source.code()).selfLoops += claims;
      }
      edges
          .computeIfAbsent(source.code(), code -> new TreeMap<>())
          .computeIfAbsent(target.code(), code -> new EdgeCount())
          .add(claims, independentSources, ontology.kind(type, mode), claimIds);
      return this;
    }

    public NetworkGraph build() {
      List<Node> nodeList = new ArrayList<>();
      nodes.forEach((code, n) -> nodeList.add(n.node(code)));
      List<Edge> edgeList = new ArrayList<>();
      edges.forEach(
          (source, targets) ->
              targets.forEach((target, e) -> edgeList.add(e.edge(source, target))));
      return new NetworkGraph(nodeList, edgeList);
    }
  }

  private static final class NodeCount {
    final String name;
    int asSource;
    int asTarget;
    int selfLoops;

    NodeCount(String name) {
      this.name = name;
    }

    Node node(String code) {
      // A claim of an actor on itself is one claim, not two.
      return new Node(code, name, asSource + asTarget - selfLoops, asSource, asTarget);
    }
  }

  private static final class EdgeCount {
    int claims;
    int sources;
    double intensity;
    final int[] quads = new int[4];
    final List<String> ids = new ArrayList<>();

    void add(int count, int independentSources, EventKind kind, List<String> claimIds) {
      claims += count;
      sources += independentSources;
      intensity += count * kind.intensity();
      if (kind.quadClass() >= 1 && kind.quadClass() <= 4) {
        quads[kind.quadClass() - 1] += count;
      }
      ids.addAll(claimIds);
    }

    Edge edge(String source, String target) {
      return new Edge(
          source,
          target,
          claims,
          sources,
          intensity / claims,
          List.of(quads[0], quads[1], quads[2], quads[3]),
          ids.stream().sorted().toList());
    }
  }
}
