package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.coding.Event;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.query.EventQuery;
import dev.dyad.report.export.AssessmentCsv;
import dev.dyad.report.export.ClaimCsv;
import dev.dyad.report.export.EventCsv;
import dev.dyad.report.export.GdeltEventWriter;
import dev.dyad.report.export.GexfWriter;
import dev.dyad.report.export.GraphMlWriter;
import dev.dyad.report.export.NetworkGraph;
import dev.dyad.report.json.ClaimJson;
import dev.dyad.report.json.EventJson;
import dev.dyad.report.json.Json;
import dev.dyad.store.Store;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import dev.dyad.store.StoredAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad export}: the store's events, claims, assessments or actor network as files. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the store's events, claims, assessments or actor network to a file.",
      "",
      "events: jsonl (the dyad code contract), csv, gdelt (the GDELT 2.0 event table, tab-separated;"
          + " factual events only, since GDELT has no modality column) or parquet. claims: jsonl, csv"
          + " or gdelt. assessments: jsonl or csv. network: graphml or gexf (opens in Gephi; actors as"
          + " nodes, factual claims as weighted, signed edges)."
    })
final class ExportCommand implements Callable<Integer> {
  private static final Map<String, Set<String>> FORMATS =
      Map.of(
          "events", Set.of("jsonl", "csv", "gdelt", "parquet"),
          "claims", Set.of("jsonl", "csv", "gdelt"),
          "assessments", Set.of("jsonl", "csv"),
          "network", Set.of("graphml", "gexf"));

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "WHAT", description = "events, claims, assessments or network.")
  String what;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "See above for the formats of each.")
  String format;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description =
          "The file to write (replaced whole if it exists: written beside it, then moved into"
              + " place). Never one of the store's files.")
  Path output;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "The user actor dictionary the store was coded with, for names.")
  Path actors;

  @Override
  public Integer call() {
    String kind = what.toLowerCase(Locale.ROOT);
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.containsKey(kind)) {
      throw new Failures.UsageException(
          "export what? events, claims, assessments or network, not " + what);
    }
    if (!FORMATS.get(kind).contains(fmt)) {
      throw new Failures.UsageException(
          kind
              + " export as "
              + String.join(", ", FORMATS.get(kind).stream().sorted().toList())
              + ", not "
              + format);
    }
    OutputFile.refuseStoreFiles(output, store.path());
    Pipeline pipeline =
        Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS, Optional.ofNullable(actors)));
    long rows;
    try (Store s = Store.openReadOnly(store.path())) {
      if (!kind.equals("events")) {
        StaleData.checkClaims(s, spec.commandLine().getErr());
      }
      rows =
          switch (kind) {
            case "events" -> fmt.equals("parquet") ? parquet(s) : events(s, fmt, pipeline);
            case "network" -> network(s.analysis(), fmt);
            default -> analysis(s.analysis(), kind, fmt, pipeline);
          };
    } catch (StoreLockedException | StoreException e) {
      spec.commandLine().getErr().println("dyad: " + e.getMessage());
      return ExitCode.STORE.code();
    }
    spec.commandLine()
        .getErr()
        .printf("dyad: wrote %d %s to %s%n", rows, kind.equals("network") ? "edges" : kind, output);
    return ExitCode.OK.code();
  }

  private long parquet(Store s) {
    try {
      return OutputFile.replace(output, s::exportEventsParquet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long events(Store s, String fmt, Pipeline pipeline) {
    List<Event> events = s.events(EventQuery.ALL);
    return write(
        out ->
            switch (fmt) {
              case "csv" -> EventCsv.write(out, events);
              case "gdelt" ->
                  GdeltEventWriter.create()
                      .withDictionary(pipeline.dictionary())
                      .writeEvents(out, events);
              default -> lines(out, events.stream().map(EventJson::line).toList());
            });
  }

  private long analysis(StoredAnalysis a, String kind, String fmt, Pipeline pipeline) {
    if (kind.equals("claims")) {
      return write(
          out ->
              switch (fmt) {
                case "csv" -> ClaimCsv.write(out, a.claims());
                case "gdelt" ->
                    GdeltEventWriter.create()
                        .withDictionary(pipeline.dictionary())
                        .writeClaims(out, a.claims());
                default ->
                    lines(
                        out, a.claims().stream().map(c -> Json.write(ClaimJson.claim(c))).toList());
              });
    }
    return write(
        out ->
            fmt.equals("csv")
                ? AssessmentCsv.write(out, a.assessments())
                : lines(
                    out,
                    a.assessments().stream()
                        .map(x -> Json.write(ClaimJson.assessment(x)))
                        .toList()));
  }

  private long network(StoredAnalysis a, String fmt) {
    NetworkGraph graph = NetworkGraph.fromClaims(a.claims());
    write(
        out -> {
          if (fmt.equals("gexf")) {
            GexfWriter.write(graph, out);
          } else {
            GraphMlWriter.write(graph, out);
          }
          return 0;
        });
    return graph.edges().size();
  }

  private static long lines(Writer out, List<String> lines) {
    try {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
      return lines.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long write(OutputFile.Rows rows) {
    try {
      return OutputFile.writeText(output, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
