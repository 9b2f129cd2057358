package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Coding on worker threads stores exactly what one thread stores, in the same order. */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ThreadedIngestTest {
  /** Every stored row but the run's id and time, in a stable order. */
  static final List<String> STORED =
      List.of(
          "SELECT doc_id, seq, uri, origin, title, published, published_alternatives, published_source,"
              + " published_evidence, family_id, clean_text, warnings, metadata FROM documents ORDER BY seq",
          "SELECT * FROM sentences ORDER BY doc_id, sentence_index",
          "SELECT * FROM events ORDER BY doc_id, ordinal",
          "SELECT * FROM document_signatures ORDER BY doc_id",
          "SELECT * FROM document_assessments ORDER BY doc_id, ordinal",
          "SELECT documents_read, documents_new, already_stored, skipped, failed, events, status FROM ingest_runs");

  @TempDir Path dir;

  @Test
  void codesDocumentsOnWorkerThreadsAndStoresThemInInputOrder() {
    List<String> oneThread = ingestTwice("one.db", 1);
    assertThat(oneThread).anyMatch(r -> r.startsWith("SELECT * FROM events"));
    assertThat(ingestTwice("two.db", 2)).containsExactlyElementsOf(oneThread);
    assertThat(ingestTwice("five.db", 5)).containsExactlyElementsOf(oneThread);
  }

  @Test
  void cleaningOnTheWorkersStoresWhatCleaningFirstStores() {
    List<String> cleanedFirst;
    try (Store store = Store.open(dir.resolve("cleaned.db"))) {
      store.ingest(
          ExampleCorpus.DOCUMENTS.stream(),
          ExampleCorpus.PIPELINE,
          StoreTest.CODER,
          Problems.counting(),
          settings(1));
      cleanedFirst = rows(store);
    }
    try (Store store = Store.open(dir.resolve("raw.db"));
        Stream<RawDocument> raws =
            Ingest.read(
                List.of(ExampleCorpus.PATH.toString()),
                IngestOptions.DEFAULTS,
                Problems.counting())) {
      IngestSummary summary =
          store.ingestRaw(
              raws, ExampleCorpus.PIPELINE, StoreTest.CODER, Problems.counting(), settings(3));
      assertThat(summary.read()).isEqualTo(ExampleCorpus.DOCUMENTS.size());
      assertThat(rows(store)).containsExactlyElementsOf(cleanedFirst);
    }
  }

  /**
   * Ingests the corpus, then the corpus again with a copy of itself (nothing new), and returns the
   * rows.
   */
  private List<String> ingestTwice(String name, int threads) {
    try (Store store = Store.open(dir.resolve(name))) {
      store.ingest(
          ExampleCorpus.DOCUMENTS.stream(),
          ExampleCorpus.PIPELINE,
          StoreTest.CODER,
          Problems.counting(),
          settings(threads));
      IngestSummary again =
          store.ingest(
              Stream.concat(ExampleCorpus.DOCUMENTS.stream(), ExampleCorpus.DOCUMENTS.stream()),
              ExampleCorpus.PIPELINE,
              StoreTest.CODER,
              Problems.counting(),
              settings(threads));
      assertThat(again.stored()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(2L * ExampleCorpus.DOCUMENTS.size());
      List<String> rows = new java.util.ArrayList<>(rows(store));
      rows.addAll(ClaimTablesTest.rows(store));
      return rows;
    }
  }

  private static IngestSettings settings(int threads) {
    // Batches of 3: several commits while the workers run ahead.
    return new IngestSettings(List.of("corpus"), 3, p -> {}, threads);
  }

  private static List<String> rows(Store store) {
    return STORED.stream()
        .flatMap(sql -> StoreRows.of(store, sql).stream().map(r -> sql + " | " + r))
        .toList();
  }
}
