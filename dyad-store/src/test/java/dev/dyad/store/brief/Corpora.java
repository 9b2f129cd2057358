package dev.dyad.store.brief;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.IngestSettings;
import dev.dyad.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The corpora the brief tests ingest into real stores: the sample corpus, and the shared seeds read in place. */
final class Corpora {
  private Corpora() {}

  /** The repository root: surefire passes it; a run inside the module uses the module's parent. */
  static Path root() {
    String given = System.getProperty("dyad.root");
    Path root = given != null ? Path.of(given) : Path.of("").toAbsolutePath().getParent();
    return root.toAbsolutePath().normalize();
  }

  static Path examples() {
    return root().resolve("examples").resolve("corpus");
  }

  /** {@code ../shared/corpus/seeds} beside the repository; skips the calling test when absent. */
  static Path seeds() {
    Path seeds = root().resolveSibling("shared").resolve("corpus").resolve("seeds");
    assumeTrue(Files.isDirectory(seeds),
        "skipped: ../shared/corpus/seeds is absent beside this checkout; the seed brief reads it in place");
    return seeds;
  }

  /** A new store at {@code db} holding everything under {@code input}. */
  static Path ingest(Path input, Path db) {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    try (Store store = Store.open(db);
        Stream<Document> docs = pipeline.documents(List.of(input.toString()), Problems.counting())) {
      store.ingest(docs, pipeline, CoderVersion.of(Optional.empty()), Problems.counting(),
          IngestSettings.of(List.of(input.toString())));
    }
    return db;
  }
}
