package dev.dyad.store.analytics;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.IngestSettings;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The repository's sample corpus ingested into a DuckDB file, for the analytics tests. */
final class CorpusStore {
  private CorpusStore() {}

  static Path corpus() {
    String given = System.getProperty("dyad.root");
    Path root = given != null ? Path.of(given) : Path.of("").toAbsolutePath().getParent();
    return root.resolve("examples").resolve("corpus").toAbsolutePath().normalize();
  }

  /** Ingests {@code examples/corpus} into {@code db} and closes the writer. */
  static Path ingest(Path db) {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    String corpus = corpus().toString();
    try (Store store = Store.open(db);
        Stream<Document> docs = pipeline.documents(List.of(corpus), Problems.counting())) {
      store.ingest(docs, pipeline, CoderVersion.of(Optional.empty()), Problems.counting(),
          IngestSettings.of(List.of(corpus)));
    }
    return db;
  }
}
