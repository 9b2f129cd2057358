package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.InputProgress;
import dev.dyad.core.model.RawDocument;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.IngestSettings;
import dev.dyad.store.IngestSettings.IngestProgress;
import dev.dyad.store.IngestSummary;
import dev.dyad.store.Store;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad ingest}: the whole pipeline into the store, skipping documents it already holds. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read documents into the store: clean, code, and rebuild claims and assessments.",
      "",
      "Documents the store already holds (same id: same cleaned text) are skipped, so running it"
          + " again over the same inputs changes nothing. Documents are committed in batches; an"
          + " interrupted run keeps every finished batch and the next run continues from there."
          + " One process writes to a store at a time.",
      "",
      "With no PATH, reads nothing and brings an existing store's claims, assessments and"
          + " sentence index up to date with its documents (after an interrupted ingest, or a"
          + " damaged or deleted index)."
    })
final class IngestCommand implements Callable<Integer> {
  /** Lines per thousand documents when standard error is not a terminal (a log, CI). */
  private static final long LOG_EVERY = 1000;

  /** In-place updates on a terminal at most this often. */
  private static final long REFRESH_NANOS = 200_000_000L;

  private static final int BAR_WIDTH = 24;

  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin DictionaryOptions dictionaries;
  @Mixin StoreOptions store;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "" + IngestSettings.DEFAULT_BATCH,
      description =
          "Documents per transaction (default: ${DEFAULT-VALUE}); a crash loses at most one batch.")
  int batch;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that clean and code documents while one writes them, in input order (default: the"
              + " number of processors, here ${DEFAULT-VALUE}). The store ends up the same for any number.")
  int threads = IngestSettings.defaultThreads();

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new Failures.UsageException("--batch must be at least 1, not " + batch);
    }
    if (threads < 1) {
      throw new Failures.UsageException("--threads must be at least 1, not " + threads);
    }
    PrintWriter err = spec.commandLine().getErr();
    Reporter reporter = new Reporter(err);
    Store.preloadLibrary();
    PipelineConfig config = input.config(dictionaries);
    Pipeline pipeline = Pipeline.standard(config);
    // No PATH: nothing is read; the run only brings derived data up to date (StaleData).
    List<String> paths = input.hasPaths() ? input.paths() : List.of();
    if (paths.isEmpty() && !Files.exists(store.path())) {
      throw new Failures.UsageException(
          "give at least one PATH (a file, a folder, or - for standard input); with none, dyad"
              + " ingest repairs an existing store, and there is no store at "
              + store.path());
    }
    boolean terminal = System.console() != null;
    InputProgress bytes = terminal ? InputProgress.of(paths) : InputProgress.NONE;
    Progress progress = new Progress(err, terminal, bytes);
    IngestSummary summary;
    try (Store s = Store.open(store.path(), "dyad ingest " + String.join(" ", paths));
        Stream<RawDocument> raws =
            paths.isEmpty()
                ? Stream.empty()
                : Ingest.read(paths, config.ingest(), reporter.problems(), bytes)) {
      // Raw documents: cleaning, the costliest stage, runs on the worker threads with coding.
      summary =
          s.ingestRaw(
              raws,
              pipeline,
              CoderVersion.of(config.actors(), pipeline.dictionaries()),
              reporter.problems(),
              new IngestSettings(paths, batch, progress::update, threads));
      s.notices().forEach(n -> err.println("dyad: " + n));
    } catch (StoreLockedException | StoreException e) {
      progress.end();
      err.println("dyad: " + e.getMessage());
      return ExitCode.STORE.code();
    }
    progress.end();
    err.printf(
        Locale.ROOT,
        "dyad: store %s: %d read, %d new, %d already stored; %d events, %d claims, %d assessments (%.1f documents/s)%n",
        store.path(),
        summary.read(),
        summary.stored(),
        summary.alreadyStored(),
        summary.events(),
        summary.claims(),
        summary.assessments(),
        summary.seconds() > 0 ? summary.read() / summary.seconds() : 0);
    if (summary.stored() > 0) {
      err.printf(
          Locale.ROOT,
          "dyad: %.1f s, of which bringing families, claims and assessments in step %.1f s"
              + " (%.1f ms a new document), the search index %.1f s%n",
          summary.seconds(),
          summary.claimsSeconds(),
          summary.claimsSeconds() * 1e3 / summary.stored(),
          summary.searchSeconds());
    }
    return reporter.finish(summary.read());
  }

  /**
   * The progress line: on a terminal a bar rewritten in place, with the share of input bytes read
   * and the time left at the rate so far; otherwise one line per thousand documents.
   */
  static final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final InputProgress bytes;
    private long lastPrint;
    private boolean open;

    Progress(PrintWriter err, boolean terminal, InputProgress bytes) {
      this.err = err;
      this.terminal = terminal;
      this.bytes = bytes;
    }

    void update(IngestProgress p) {
      if (terminal) {
        long now = System.nanoTime();
        if (now - lastPrint >= REFRESH_NANOS) {
          lastPrint = now;
          err.print("\r" + bar(bytes.fraction(), p.elapsedNanos()) + line(p) + "   ");
          err.flush();
          open = true;
        }
      } else if (p.read() % LOG_EVERY == 0) {
        err.println("dyad: " + line(p));
        err.flush();
      }
    }

    void end() {
      if (open) {
        err.println();
        open = false;
      }
    }

    /** {@code [#####.....] 47% 1:12 left } when the share is known, else nothing. */
    static String bar(OptionalDouble fraction, long elapsedNanos) {
      if (fraction.isEmpty()) {
        return "";
      }
      double f = fraction.getAsDouble();
      int filled = (int) Math.round(f * BAR_WIDTH);
      String left = f <= 0 ? "--:--" : duration((long) (elapsedNanos / 1e9 * (1 - f) / f));
      return "["
          + "#".repeat(filled)
          + ".".repeat(BAR_WIDTH - filled)
          + "] "
          + String.format(Locale.ROOT, "%3d%%  %s left  ", Math.round(f * 100), left);
    }

    static String duration(long seconds) {
      return seconds >= 3600
          ? String.format(
              Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
          : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String line(IngestProgress p) {
      return String.format(
          Locale.ROOT,
          "%d documents (%d new), %d events, %.1f documents/s",
          p.read(),
          p.stored(),
          p.events(),
          p.rate());
    }
  }
}
