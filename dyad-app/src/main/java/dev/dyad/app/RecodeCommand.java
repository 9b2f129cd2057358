package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.Store;
import dev.dyad.store.StoreCounts;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad recode}: code the stored documents again, in place, without re-reading sources. */
@Command(
    name = "recode",
    mixinStandardHelpOptions = true,
    description = {
      "Code the documents in the store again and rebuild claims and assessments.",
      "",
      "For a new Dyad version or dictionary: the cleaned texts in the store are coded afresh; the"
          + " sources are not read again. Events and claims are replaced in one transaction."
    })
final class RecodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin DictionaryOptions dictionaries;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "A user actor dictionary in the built-in format, as for dyad ingest.")
  Path actors;

  @Override
  public Integer call() {
    if (actors != null && !Files.isReadable(actors)) {
      throw new Failures.UsageException("cannot read the actor dictionary " + actors);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(store.path())) {
      throw new Failures.UsageException(
          "no store at " + store.path() + " (create one with dyad ingest)");
    }
    Reporter reporter = new Reporter(err);
    PipelineConfig config =
        new PipelineConfig(
            IngestOptions.DEFAULTS, Optional.ofNullable(actors), dictionaries.spec());
    Pipeline pipeline = Pipeline.standard(config);
    StoreCounts counts;
    try (Store s = Store.open(store.path(), "dyad recode")) {
      counts =
          s.recode(
              pipeline,
              CoderVersion.of(config.actors(), pipeline.dictionaries()),
              reporter.problems());
    } catch (StoreLockedException | StoreException e) {
      err.println("dyad: " + e.getMessage());
      return ExitCode.STORE.code();
    }
    err.printf(
        "dyad: store %s recoded: %d documents, %d events, %d claims, %d assessments%n",
        store.path(), counts.documents(), counts.events(), counts.claims(), counts.assessments());
    return reporter.finish(counts.documents());
  }
}
