package dev.dyad.store;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Real stores for tests: a corpus ingested by the standard pipeline into a new DuckDB file, the
 * writer closed. Shared with other modules' tests through dyad-store's test jar.
 */
public final class IngestedStore {
  private IngestedStore() {}

  /** The sample corpus ({@code examples/corpus}) ingested into a new store at {@code db}. */
  public static Path examples(Path db) {
    return of(Corpora.examples(), db);
  }

  /** Everything under {@code input} (a file or folder) ingested into a new store at {@code db}. */
  public static Path of(Path input, Path db) {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    List<String> inputs = List.of(input.toString());
    try (Store store = Store.open(db);
        Stream<Document> docs = pipeline.documents(inputs, Problems.counting())) {
      store.ingest(
          docs,
          pipeline,
          CoderVersion.of(Optional.empty()),
          Problems.counting(),
          IngestSettings.of(inputs));
    }
    return db;
  }
}
