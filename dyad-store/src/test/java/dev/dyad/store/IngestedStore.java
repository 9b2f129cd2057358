package dev.dyad.store;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Real stores for tests: a corpus ingested by the standard pipeline into a new DuckDB file, the
 * writer closed. Shared with other modules' tests through dyad-store's test jar.
 */
public final class IngestedStore {
  private static Path shared;

  private IngestedStore() {}

  /**
   * The sample corpus ingested once per test JVM into a store in a temporary folder deleted when
   * the JVM exits: for tests that only read it ({@link Store#openReadOnly}), so the many classes
   * that ask questions of the sample pay one ingest between them. A test that writes must use
   * {@link #examples(Path)} with a store of its own.
   */
  public static synchronized Path sharedExamples() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("dyad-shared-store");
        shared = examples(dir.resolve("dyad.db"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the shared sample store", e);
      }
    }
    return shared;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // Quirk: a temporary folder left behind at exit is the OS's to clean; nothing to report to.
    }
  }

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
