package dev.dyad.report.export;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.report.analytics.ActorActivity;
import dev.dyad.report.analytics.Balance;
import dev.dyad.report.analytics.DyadActivity;
import dev.dyad.report.analytics.TimelinePeriod;
import dev.dyad.report.json.Json;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The answers of {@code dyad actors}, {@code dyad dyads}, {@code dyad timeline} and {@code dyad
 * network} as RFC 4180 CSV. Column names are the JSON Lines field names; counts per status or type
 * become one column each ({@code by_status_confirmed}, {@code by_type_aid}) so a spreadsheet can
 * sum them, decimals are rounded to three places, and claim ids stay a JSON array in one cell.
 */
public final class AnalyticsCsv {
  private static final List<String> ACTOR_HEADER =
      List.of(
          "code",
          "name",
          "claims",
          "as_source",
          "as_target",
          "confirmed",
          "independent_sources",
          "mentions");

  private static final List<String> BALANCE_HEADER =
      List.of("mean_intensity", "cooperation", "conflict", "balance");

  private static final CsvTable<ActorActivity> ACTORS =
      new CsvTable<>(
          ACTOR_HEADER,
          a ->
              List.of(
                  a.code(),
                  a.name(),
                  Cells.of(a.claims()),
                  Cells.of(a.asSource()),
                  Cells.of(a.asTarget()),
                  Cells.of(a.confirmed()),
                  Cells.of(a.independentSources()),
                  Cells.of(a.mentions())));

  private static final CsvTable<DyadActivity> DYADS =
      new CsvTable<>(dyadHeader(), AnalyticsCsv::dyadCells);

  private static final CsvTable<TimelinePeriod> TIMELINE =
      new CsvTable<>(timelineHeader(), AnalyticsCsv::periodCells);

  private static final List<String> EDGE_HEADER =
      List.of(
          "source",
          "source_name",
          "target",
          "target_name",
          "weight",
          "sign",
          "mean_intensity",
          "independent_sources",
          "verbal_cooperation",
          "material_cooperation",
          "verbal_conflict",
          "material_conflict",
          "claim_ids");

  private AnalyticsCsv() {}

  /** Writes the actors, one row each; returns the rows written (without the header). */
  public static long actors(Writer out, List<ActorActivity> actors) {
    return ACTORS.write(out, actors);
  }

  /** Writes the dyads, one row each. */
  public static long dyads(Writer out, List<DyadActivity> dyads) {
    return DYADS.write(out, dyads);
  }

  /** Writes a timeline's periods, one row each. */
  public static long timeline(Writer out, List<TimelinePeriod> periods) {
    return TIMELINE.write(out, periods);
  }

  /**
   * Writes the graph as an edge list (one row per edge, what Gephi imports as CSV), each end with
   * its name; every node is the end of some edge, so the edges hold the whole graph.
   */
  public static long network(Writer out, NetworkGraph graph) {
    Map<String, String> names =
        graph.nodes().stream()
            .collect(Collectors.toMap(NetworkGraph.Node::id, NetworkGraph.Node::label));
    CsvTable<NetworkGraph.Edge> edges =
        new CsvTable<>(
            EDGE_HEADER,
            e -> {
              List<String> row =
                  new ArrayList<>(
                      List.of(
                          e.source(),
                          names.getOrDefault(e.source(), e.source()),
                          e.target(),
                          names.getOrDefault(e.target(), e.target()),
                          Cells.of(e.claims()),
                          Cells.of(e.sign()),
                          Cells.rounded(e.meanIntensity()),
                          Cells.of(e.independentSources())));
              e.quadClasses().forEach(q -> row.add(Cells.of(q)));
              row.add(Json.write(e.claimIds()));
              return row;
            });
    return edges.write(out, graph.edges());
  }

  private static List<String> dyadHeader() {
    List<String> h = new ArrayList<>(List.of("a", "a_name", "b", "b_name", "claims"));
    h.addAll(columns("by_status_", ClaimStatus.values(), ClaimStatus::label));
    h.addAll(BALANCE_HEADER);
    h.addAll(List.of("first", "last"));
    return List.copyOf(h);
  }

  private static List<String> dyadCells(DyadActivity d) {
    List<String> row =
        new ArrayList<>(List.of(d.a(), d.aName(), d.b(), d.bName(), Cells.of(d.claims())));
    row.addAll(counts(d.byStatus(), ClaimStatus.values()));
    row.addAll(balance(d.balance()));
    row.add(Cells.of(d.first()));
    row.add(Cells.of(d.last()));
    return row;
  }

  private static List<String> timelineHeader() {
    List<String> h = new ArrayList<>(List.of("period", "start", "end", "claims"));
    h.addAll(columns("by_type_", EventType.values(), t -> t.name().toLowerCase(Locale.ROOT)));
    h.addAll(columns("by_status_", ClaimStatus.values(), ClaimStatus::label));
    h.addAll(BALANCE_HEADER);
    h.addAll(List.of("month_precise", "claim_ids"));
    return List.copyOf(h);
  }

  private static List<String> periodCells(TimelinePeriod p) {
    List<String> row =
        new ArrayList<>(
            List.of(p.period(), p.start().toString(), p.end().toString(), Cells.of(p.claims())));
    row.addAll(counts(p.byType(), EventType.values()));
    row.addAll(counts(p.byStatus(), ClaimStatus.values()));
    row.addAll(balance(p.balance()));
    row.add(Cells.of(p.monthPrecise()));
    row.add(Json.write(p.claimIds()));
    return row;
  }

  private static <K> List<String> columns(String prefix, K[] keys, Function<K, String> label) {
    List<String> out = new ArrayList<>();
    for (K k : keys) {
      out.add(prefix + label.apply(k));
    }
    return out;
  }

  private static <K> List<String> counts(Map<K, Integer> counts, K[] keys) {
    List<String> out = new ArrayList<>();
    for (K k : keys) {
      out.add(Cells.of(counts.getOrDefault(k, 0)));
    }
    return out;
  }

  private static List<String> balance(Balance b) {
    return List.of(
        rounded(b.meanIntensity()),
        Cells.rounded(b.cooperation()),
        Cells.rounded(b.conflict()),
        rounded(b.value()));
  }

  private static String rounded(OptionalDouble value) {
    return value.isPresent() ? Cells.rounded(value.getAsDouble()) : "";
  }
}
