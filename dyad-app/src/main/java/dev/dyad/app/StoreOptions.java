package dev.dyad.app;

import dev.dyad.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the store. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store (a DuckDB file). Default: $DYAD_DB, else ./dyad.db.")
  Path db;

  Path path() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("DYAD_DB");
    return env != null && !env.isBlank() ? Path.of(env) : Store.DEFAULT_PATH;
  }
}
