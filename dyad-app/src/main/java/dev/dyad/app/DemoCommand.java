package dev.dyad.app;

import dev.dyad.app.serve.DyadServer;
import dev.dyad.app.serve.ServerSettings;
import dev.dyad.app.serve.StoreAccess;
import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.report.brief.Brief;
import dev.dyad.report.brief.BriefBuilder;
import dev.dyad.report.brief.BriefRequest;
import dev.dyad.report.brief.MarkdownBrief;
import dev.dyad.report.brief.MostActiveDyad;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.IngestSettings;
import dev.dyad.store.IngestSummary;
import dev.dyad.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad demo}: the main job on the bundled sample corpus. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the main job on the bundled sample corpus.",
      "",
      "Ingests examples/corpus (or --corpus DIR) into a temporary store, prints the Markdown brief"
          + " of its most active dyad (the most claims; ties go to the more independent sources):"
          + " what dyad brief prints for it; then serves the dashboard over that store at"
          + " http://127.0.0.1:8080/ (the next free port if that one is taken) until Ctrl-C. The"
          + " temporary store is deleted when it stops."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DictionaryOptions dictionaries;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Run on this folder instead of the bundled examples/corpus.")
  Path corpus;

  @Option(
      names = "--no-serve",
      description = "Do not start the dashboard afterwards: print the brief and end (for scripts).")
  boolean noServe;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description =
          "The dashboard's first choice of port; the next free one if taken. Default: ${DEFAULT-VALUE}.")
  int port;

  /** How many ports after --port are tried. */
  static final int PORTS_TRIED = 20;

  @Override
  public Integer call() throws IOException {
    Path dir = corpus != null ? corpus : bundledCorpus();
    if (!Files.isDirectory(dir)) {
      throw new Failures.UsageException("no sample corpus at " + dir + "; pass --corpus DIR");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Reporter reporter = new Reporter(err);
    PipelineConfig config =
        new PipelineConfig(
            PipelineConfig.DEFAULTS.ingest(),
            PipelineConfig.DEFAULTS.actors(),
            dictionaries.spec());
    Pipeline pipeline = Pipeline.standard(config);
    Path temp = Files.createTempDirectory("dyad-demo");
    boolean serving = false;
    try {
      Path db = temp.resolve("demo.db");
      IngestSummary ingested;
      Optional<Brief> brief;
      try (Store store = Store.open(db, "dyad demo");
          Stream<Document> docs =
              pipeline.documents(List.of(dir.toString()), reporter.problems())) {
        ingested =
            store.ingest(
                docs,
                pipeline,
                CoderVersion.of(config.actors(), pipeline.dictionaries()),
                reporter.problems(),
                IngestSettings.of(List.of(dir.toString())));
        brief =
            MostActiveDyad.of(store)
                .map(
                    d ->
                        new BriefBuilder(store, pipeline.dictionary())
                            .build(BriefRequest.dyad(d.get(0), d.get(1))));
      }
      if (brief.isEmpty()) {
        out.printf(
            "Dyad demo: read %d documents from %s; they hold no claim between two actors, so there is no brief.%n",
            ingested.read(), dir);
      } else {
        out.printf(
            "Dyad demo: read %d documents from %s into a temporary store (%d claims); the brief of its most"
                + " active dyad, %s:%n%n",
            ingested.read(), dir, ingested.claims(), brief.get().subject().title());
        out.print(MarkdownBrief.render(brief.get()));
      }
      out.flush();
      int exit = reporter.finish(ingested.read());
      if (noServe) {
        return exit;
      }
      DyadServer server = serve(db);
      serving = true;
      out.printf("%nDashboard: %s (Ctrl-C to stop)%n", server.url("127.0.0.1"));
      out.flush();
      // The shutdown hook stops the server, closes the store and deletes it: the one place that
      // runs on Ctrl-C.
      Serving.awaitStop(server, err, () -> deleteTree(temp));
      return exit;
    } finally {
      if (!serving) {
        deleteTree(temp);
      }
    }
  }

  /** The dashboard over the demo's store, on --port or the next free port after it. */
  private DyadServer serve(Path db) {
    for (int p = port; p < port + PORTS_TRIED && p <= 65535; p++) {
      StoreAccess access = StoreAccess.of(Store.openReadOnly(db), false, Serving.READERS);
      try {
        return DyadServer.start(ServerSettings.loopback(p), access);
      } catch (RuntimeException e) {
        access.close();
        if (!Serving.isBindFailure(e)) {
          throw e;
        }
      }
    }
    throw new Failures.UsageException(
        "no free port from "
            + port
            + " to "
            + (port + PORTS_TRIED - 1)
            + "; choose one with --port");
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the demo's temporary store " + root, e);
    }
  }

  /**
   * examples/corpus under the Dyad home the launcher passes, else under the working folder; shown
   * relative to the working folder when it lies below it, so output does not depend on the machine.
   */
  static Path bundledCorpus() {
    String home = System.getProperty("dyad.home");
    Path corpus =
        Path.of(home != null ? home : ".")
            .resolve("examples")
            .resolve("corpus")
            .toAbsolutePath()
            .normalize();
    Path here = Path.of("").toAbsolutePath();
    return corpus.startsWith(here) ? here.relativize(corpus) : corpus;
  }
}
