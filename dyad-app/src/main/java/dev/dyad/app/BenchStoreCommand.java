package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.core.query.EventQuery;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.Timeline;
import dev.dyad.report.brief.BriefBuilder;
import dev.dyad.report.brief.BriefRequest;
import dev.dyad.report.export.NetworkGraph;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.IngestSettings;
import dev.dyad.store.IngestSummary;
import dev.dyad.store.Store;
import dev.dyad.store.StoreCounts;
import dev.dyad.store.analytics.Analytics;
import dev.dyad.store.search.SentenceIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench store}: ingest rate into a fresh store, the same ingest again, and the latency
 * of the store's queries on the result. Made for the invented corpus of dyad-bench's {@code
 * NewsCorpusMain}, but any input works.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest PATH into a fresh store and time it, ingest it again (adds nothing), then time queries.",
      "",
      "Prints documents/s with the time of the claim updates and of the search index, events, claims,"
          + " the peak heap seen and the size on disk (with --increment N, the same for the last N"
          + " documents added to the store of the others); then the median and 95th percentile latency of"
          + " full-text searches, event queries for a dyad, the claims of a dyad with their evidence,"
          + " the dyad's timeline by week and by month, the actor network, the most active actors and"
          + " dyads, and the dyad's brief."
    })
final class BenchStoreCommand implements Callable<Integer> {
  /** Searches as a user types them: words, a phrase, AND, an exclusion. */
  static final List<String> SEARCHES =
      List.of(
          "missiles",
          "\"artillery shells\" Russia",
          "sanctions AND Japan",
          "arms race",
          "troops -Ukraine");

  static final int SEARCH_LIMIT = 20;

  /** The dyad the event and claim queries ask for: one of the busiest in the news corpus. */
  static final EventQuery.Dyad DYAD = new EventQuery.Dyad("PRK", "RUS");

  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin DictionaryOptions dictionaries;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Ingest worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = IngestSettings.defaultThreads();

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "" + IngestSettings.DEFAULT_BATCH,
      description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "Where to create the store, kept afterwards; it must not exist. Default: a temporary folder, deleted.")
  Path db;

  @Option(
      names = "--runs",
      defaultValue = "50",
      description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Untimed runs of each query first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--increment",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Hold back the last N documents of the input: ingest the rest, then time adding those N"
              + " to the store of that size (default: ${DEFAULT-VALUE}, none).")
  int increment;

  @Option(
      names = "--brief-runs",
      defaultValue = "5",
      description =
          "Timed runs of building the brief, the slowest question (default: ${DEFAULT-VALUE}).")
  int briefRuns;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || batch < 1 || runs < 1 || warmup < 0 || briefRuns < 1 || increment < 0) {
      throw new Failures.UsageException(
          "--threads, --batch, --runs and --brief-runs must be at least 1, --warmup and"
              + " --increment at least 0");
    }
    if (db != null && Files.exists(db)) {
      throw new Failures.UsageException("the benchmark needs a fresh store, and " + db + " exists");
    }
    Path temporary = db == null ? Files.createTempDirectory("dyad-bench-store") : null;
    Path path = db != null ? db : temporary.resolve("bench.db");
    PrintWriter out = spec.commandLine().getOut();
    PipelineConfig config = input.config(dictionaries);
    Pipeline pipeline = Pipeline.standard(config);
    CoderVersion coder = CoderVersion.of(config.actors(), pipeline.dictionaries());
    try {
      out.printf(
          Locale.ROOT,
          "bench store: %s, %d threads, batches of %d, store %s%n",
          String.join(" ", input.paths()),
          threads,
          batch,
          path);
      if (increment > 0) {
        long total = countInputs();
        long base = Math.max(0, total - increment);
        ingest(out, path, pipeline, coder, "ingest", true, raws -> raws.limit(base));
        ingest(out, path, pipeline, coder, "add", false, raws -> raws.skip(base));
      } else {
        ingest(out, path, pipeline, coder, "ingest", true, raws -> raws);
      }
      ingest(out, path, pipeline, coder, "again", false, raws -> raws);
      queries(out, path, pipeline);
    } finally {
      if (temporary != null) {
        deleteRecursively(temporary);
      }
    }
    return ExitCode.OK.code();
  }

  /** Documents in the input, read but not cleaned. */
  private long countInputs() {
    try (Stream<RawDocument> raws =
        Ingest.read(input.paths(), input.config().ingest(), Problems.counting())) {
      return raws.count();
    }
  }

  private void ingest(
      PrintWriter out,
      Path path,
      Pipeline pipeline,
      CoderVersion coder,
      String label,
      boolean progress,
      UnaryOperator<Stream<RawDocument>> part) {
    Problems problems = Problems.counting();
    IngestSummary s;
    StoreCounts counts;
    long peak;
    long[] loopNanos = {0};
    long cpuBefore = processCpuNanos();
    long started = System.nanoTime();
    try (HeapSampler heap = new HeapSampler();
        Store store = Store.open(path, "dyad bench store");
        Stream<RawDocument> raws = Ingest.read(input.paths(), input.config().ingest(), problems)) {
      s =
          store.ingestRaw(
              part.apply(raws),
              pipeline,
              coder,
              problems,
              new IngestSettings(
                  input.paths(),
                  batch,
                  p -> {
                    loopNanos[0] = p.elapsedNanos();
                    if (progress && p.read() % 10_000 == 0) {
                      out.printf(
                          Locale.ROOT, "  %,d documents, %.0f documents/s%n", p.read(), p.rate());
                      out.flush();
                    }
                  },
                  threads));
      counts = store.counts();
      peak = heap.peakBytes();
    }
    double wall = (System.nanoTime() - started) / 1e9;
    double cpu = (processCpuNanos() - cpuBefore) / 1e9;
    double loop = loopNanos[0] / 1e9;
    out.printf(
        Locale.ROOT,
        "%-6s %,d read, %,d new in %.1f s wall (open and close included): %.0f documents/s;"
            + " %.1f s of CPU (all threads)%n",
        label,
        s.read(),
        s.stored(),
        wall,
        s.read() / wall,
        cpu);
    // Claims are brought in step inside each batch; the search index and the checkpoint follow.
    out.printf(
        Locale.ROOT,
        "         read, clean, code and write %.1f s (%.0f documents/s), of which claims %.1f s"
            + " (%.2f ms a new document); then search index %.1f s; checkpoint and the rest %.1f s%n",
        loop,
        s.read() / loop,
        s.claimsSeconds(),
        s.stored() == 0 ? 0 : s.claimsSeconds() * 1e3 / s.stored(),
        s.searchSeconds(),
        s.seconds() - loop - s.searchSeconds());
    out.printf(
        Locale.ROOT,
        "         store: %,d documents, %,d sentences, %,d events, %,d claims, %,d assessments;"
            + " %.0f MB on disk; peak heap %.0f MB of %.0f MB%n",
        counts.documents(),
        counts.sentences(),
        counts.events(),
        counts.claims(),
        counts.assessments(),
        sizeOnDisk(path) / 1e6,
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    if (problems.failed() > 0) {
      out.printf("         %d documents failed%n", problems.failed());
    }
    out.flush();
  }

  private void queries(PrintWriter out, Path path, Pipeline pipeline) throws IOException {
    EventQuery dyad =
        new EventQuery(
            Optional.empty(),
            Optional.of(DYAD),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    EventQuery aid =
        new EventQuery(
            Optional.empty(),
            Optional.of(DYAD),
            Optional.of("AID"),
            Optional.of("reported"),
            Optional.empty(),
            Optional.empty());
    try (Store store = Store.openReadOnly(path)) {
      out.printf("queries (read-only store, %d runs after %d warm-up):%n", runs, warmup);
      for (String q : SEARCHES) {
        int hits = store.search(q, SEARCH_LIMIT).size();
        line(
            out,
            "search " + q,
            Latency.of(warmup, runs, () -> store.search(q, SEARCH_LIMIT)),
            hits + " hits");
      }
      // What the index alone costs, kept open: the rest of a search is opening it and the events.
      try (SentenceIndex index = SentenceIndex.openReadOnly(store.searchIndexPath())) {
        String q = SEARCHES.get(0);
        line(
            out,
            "search " + q + " (index only)",
            Latency.of(warmup, runs, () -> search(index, q)),
            "");
      }
      String pair = DYAD.a() + "-" + DYAD.b();
      line(
          out,
          "events " + pair,
          Latency.of(warmup, runs, () -> store.events(dyad)),
          store.events(dyad).size() + " events");
      line(
          out,
          "events " + pair + " AID reported",
          Latency.of(warmup, runs, () -> store.events(aid)),
          store.events(aid).size() + " events");
      ClaimQuery dyadClaims = ClaimQuery.ALL.withDyad(DYAD.a(), DYAD.b());
      line(
          out,
          "claims " + pair,
          Latency.of(warmup, runs, () -> store.claims(dyadClaims)),
          store.claims(dyadClaims).size() + " claims with their mentions");
      Analytics analytics = store.analytics();
      for (Period by : Period.values()) {
        Timeline t = analytics.timeline(DYAD.a(), DYAD.b(), by, Optional.empty(), Optional.empty());
        line(
            out,
            "timeline " + pair + " by " + by.label(),
            Latency.of(
                warmup,
                runs,
                () ->
                    analytics.timeline(DYAD.a(), DYAD.b(), by, Optional.empty(), Optional.empty())),
            t.periods().size() + " periods, " + t.claims() + " claims");
      }
      NetworkGraph graph = analytics.network(ClaimQuery.ALL, NetworkGraph.FACTUAL);
      line(
          out,
          "network (confirmed and reported)",
          Latency.of(warmup, runs, () -> analytics.network(ClaimQuery.ALL, NetworkGraph.FACTUAL)),
          graph.nodes().size() + " nodes, " + graph.edges().size() + " edges");
      line(
          out,
          "actors (top 20)",
          Latency.of(warmup, runs, () -> analytics.actors(ClaimQuery.ALL, 20)),
          "");
      line(
          out,
          "dyads (top 20)",
          Latency.of(warmup, runs, () -> analytics.dyads(ClaimQuery.ALL, 20)),
          "");
      BriefBuilder briefs = new BriefBuilder(store, pipeline.dictionary());
      BriefRequest brief = BriefRequest.dyad(DYAD.a(), DYAD.b());
      line(out, "brief " + pair, Latency.of(1, briefRuns, () -> briefs.build(brief)), "");
    }
    out.flush();
  }

  private static void search(SentenceIndex index, String query) {
    try {
      index.search(query, SEARCH_LIMIT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(PrintWriter out, String what, Latency latency, String found) {
    out.printf(Locale.ROOT, "  %-34s %s  %s%n", what, latency, found);
  }

  /**
   * CPU time of this process, all threads (DuckDB's too): on a machine shared with other jobs it
   * varies less than the wall time.
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static long sizeOnDisk(Path db) {
    Path dir = db.toAbsolutePath().getParent();
    String name = db.getFileName().toString();
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> dir.relativize(f).toString().startsWith(name))
          .mapToLong(f -> f.toFile().length())
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
