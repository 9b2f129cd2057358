package dev.dyad.app;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.export.AnalyticsCsv;
import dev.dyad.report.export.NetworkGraph;
import dev.dyad.report.json.AnalyticsJson;
import dev.dyad.report.json.Json;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad network}: the actor network of the stored claims. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "Show the actor network of the stored claims: actors as nodes, claims as edges.",
      "",
      "A node is a country or organisation with its claims (as_source, as_target). An edge runs"
          + " from a claim's source to its target; its weight is the number of claims (events"
          + " merged across reports, not the coverage they got), its sign +1 (cooperation), -1"
          + " (conflict) or 0 from the mean Goldstein intensity of its claims, with"
          + " independent_sources summed, claims per quad class (verbal and material cooperation,"
          + " verbal and material conflict) and the claim_ids behind it. By default only"
          + " confirmed and reported claims are drawn: the network is read as what happened.",
      "",
      "text: nodes, then edges. jsonl: one line per node ({\"kind\":\"node\"}) and per edge"
          + " ({\"kind\":\"edge\"}). csv: the edge list with the actors' names (Gephi imports it;"
          + " dyad export network writes GraphML and GEXF)."
    })
final class NetworkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ClaimFilters filters;

  @Option(
      names = "--statuses",
      paramLabel = "S,S",
      split = ",",
      defaultValue = "confirmed,reported",
      description = "The claim statuses drawn. Default: ${DEFAULT-VALUE}.")
  List<String> statuses;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, jsonl or csv. Default: ${DEFAULT-VALUE}.")
  TableFormat format;

  @Override
  public Integer call() {
    Set<ClaimStatus> drawn = statuses();
    ClaimQuery query = filters.claimQuery();
    PrintWriter out = spec.commandLine().getOut();
    Optional<NetworkGraph> answer =
        AnalyticsRun.ask(store, spec.commandLine().getErr(), a -> a.network(query, drawn));
    if (answer.isEmpty()) {
      return ExitCode.STORE.code();
    }
    NetworkGraph graph = answer.get();
    switch (format) {
      case jsonl -> {
        graph.nodes().forEach(n -> out.println(Json.write(AnalyticsJson.node(n))));
        graph.edges().forEach(e -> out.println(Json.write(AnalyticsJson.edge(e))));
      }
      case csv -> AnalyticsCsv.network(out, graph);
      case text -> text(graph, out);
    }
    out.flush();
    spec.commandLine()
        .getErr()
        .printf("dyad: network: %d nodes, %d edges%n", graph.nodes().size(), graph.edges().size());
    return ExitCode.OK.code();
  }

  private Set<ClaimStatus> statuses() {
    Set<ClaimStatus> out = EnumSet.noneOf(ClaimStatus.class);
    for (String s : statuses) {
      try {
        out.add(ClaimStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new Failures.UsageException(
            "--statuses: not a claim status: "
                + s
                + " (confirmed, reported, alleged, disputed, planned, speculative, denied)");
      }
    }
    return out;
  }

  private static void text(NetworkGraph graph, PrintWriter out) {
    out.printf(
        "%d actors%n%-8s %6s %6s %6s  %s%n",
        graph.nodes().size(), "code", "claims", "source", "target", "name");
    for (NetworkGraph.Node n : graph.nodes()) {
      out.printf(
          "%-8s %6d %6d %6d  %s%n", n.id(), n.claims(), n.asSource(), n.asTarget(), n.label());
    }
    out.printf(
        "%n%d edges (weight: claims; sign: cooperation + or conflict -)%n%-17s %6s %4s %9s %7s  %s%n",
        graph.edges().size(),
        "source -> target",
        "weight",
        "sign",
        "intensity",
        "sources",
        "claims");
    for (NetworkGraph.Edge e : graph.edges()) {
      String ids =
          String.join(" ", e.claimIds().subList(0, Math.min(3, e.claimIds().size())))
              + (e.claimIds().size() > 3 ? " +" + (e.claimIds().size() - 3) + " more" : "");
      out.printf(
          "%-17s %6d %4s %+9.1f %7d  %s%n",
          e.source() + " -> " + e.target(),
          e.claims(),
          e.sign() > 0 ? "+" : e.sign() < 0 ? "-" : "0",
          e.meanIntensity(),
          e.independentSources(),
          ids);
    }
  }
}
