package dev.dyad.app;

import dev.dyad.store.SparkImport;
import dev.dyad.store.Store;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad import-spark DIR}: a Spark run's output into a new store. */
@Command(
    name = "import-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Load the output of dyad spark (its Parquet tables) into a new store.",
      "",
      "Documents, sentences, events, actor mentions and the facts a rebuild needs are copied, and"
          + " so are the claims and assessments the run merged (the same a store would merge), so"
          + " dyad brief, the analytics (actors, dyads, timeline, network), events, claims and"
          + " search work on the store at once. The store must be new (hold no documents); the"
          + " folder must be on a local or mounted file system."
    })
final class ImportSparkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "DIR", description = "The --output folder of dyad spark.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("dyad: " + dir + ": no such folder");
      return ExitCode.IO.code();
    }
    SparkImport.Summary s;
    try (Store st = Store.open(store.path(), "dyad import-spark")) {
      s = SparkImport.into(st, dir);
    } catch (StoreLockedException | StoreException e) {
      err.println("dyad: " + e.getMessage());
      return ExitCode.STORE.code();
    }
    err.printf(
        "dyad: imported %s into %s: %d documents, %d events, %d claims, %d assessments%n",
        dir, store.path(), s.documents(), s.events(), s.claims(), s.assessments());
    return ExitCode.OK.code();
  }
}
