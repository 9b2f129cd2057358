package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.coding.Event;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Problems;
import dev.dyad.core.query.ClaimQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a real ingest in a child process: while it writes, other writers and readers are refused
 * with its name; then it is killed (SIGKILL) mid-run, and the store is checked and completed. An
 * integration test (Failsafe, in {@code mvn verify}): a child JVM and 2,000 documents.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrashRecoveryIT {
  static final int DOCUMENTS = 2000;
  static final int BATCH = 50;
  static final List<String> COUNTRIES =
      List.of(
          "Russia", "China", "Japan", "France", "Germany", "India", "Brazil", "Canada", "Turkey",
          "Iran");

  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesWholeBatchesAndTheNextRunCompletesIt() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    writeCorpus(corpus);
    Path db = dir.resolve("crash.db");

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SlowIngestMain.class.getName(),
                db.toString(),
                corpus.toString(),
                Integer.toString(BATCH),
                "10")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("read 425")) {
        assertThat(line).as("the child finished before it could be killed").isNotEqualTo("done");
        if (line.equals("read 200")) {
          // Another process writes: a second writer and a reader are both told who it is.
          String holder = "pid " + child.pid() + ", SlowIngestMain";
          assertThatThrownBy(() -> Store.open(db))
              .isInstanceOf(StoreLockedException.class)
              .hasMessageContaining(holder);
          assertThatThrownBy(() -> Store.openReadOnly(db))
              .isInstanceOf(StoreLockedException.class)
              .hasMessageContaining(holder);
        }
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    Pipeline pipeline = Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS));
    try (Store store = Store.open(db)) {
      long stored = store.counts().documents();
      // The child runs ahead of what the test has read, but not to the end (10 ms a document).
      assertThat(stored).isBetween((long) BATCH, (long) DOCUMENTS - BATCH);
      assertThat(stored % BATCH).as("only whole batches survive").isZero();
      assertThat(StoreTest.ids(store, "SELECT status FROM ingest_runs"))
          .containsExactly("interrupted");
      assertEveryDocumentComplete(store, pipeline);
      assertClaimsCoverEveryStoredDocument(store);

      IngestSummary resumed =
          store.ingest(
              pipeline.documents(List.of(corpus.toString()), Problems.counting()),
              pipeline,
              CoderVersion.of(Optional.empty()),
              Problems.counting(),
              IngestSettings.of(List.of(corpus.toString())));
      assertThat(resumed.alreadyStored()).isEqualTo(stored);
      assertThat(store.counts().documents()).isEqualTo(DOCUMENTS);
      assertEveryDocumentComplete(store, pipeline);
      assertThat(store.counts().claims()).isPositive();
    }
  }

  /**
   * The claims committed with their batches: every stored event is evidence of a claim, the claim
   * tables say they cover the last stored document, and they are what merging the stored documents
   * in memory gives.
   */
  private static void assertClaimsCoverEveryStoredDocument(Store store) throws Exception {
    assertThat(
            StoreTest.long1(
                store,
                "SELECT count(*) FROM events WHERE event_id NOT IN"
                    + " (SELECT event_id FROM claim_evidence)"))
        .isZero();
    assertThat(
            StoreTest.long1(
                store,
                "SELECT count(*) FROM claim_mentions WHERE doc_id NOT IN"
                    + " (SELECT doc_id FROM documents)"))
        .isZero();
    assertThat(
            StoreTest.long1(
                store, "SELECT CAST(value AS BIGINT) FROM store_state WHERE key = 'claims_seq'"))
        .isEqualTo(StoreTest.long1(store, "SELECT max(seq) FROM documents"));
    ClaimTables.Replay replay =
        ClaimTables.replay(
            store.connection(),
            new DocumentAnalyzer(Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS))));
    assertThat(store.claims(ClaimQuery.ALL)).containsExactlyElementsOf(replay.analysis().claims());
  }

  /**
   * Each stored document has all its sentences (it reads back whole) and exactly the events it
   * codes to.
   */
  private static void assertEveryDocumentComplete(Store store, Pipeline pipeline) throws Exception {
    assertThat(
            StoreTest.long1(
                store,
                "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)"))
        .isZero();
    assertThat(
            StoreTest.long1(
                store,
                "SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT doc_id FROM documents)"))
        .isZero();
    List<String> incomplete = new ArrayList<>();
    StoredCorpus.forEach(
        store.connection(),
        true,
        (doc, events) -> {
          List<Event> coded = pipeline.events(doc, Problems.counting());
          if (doc.sentences().isEmpty() || !coded.equals(events)) {
            incomplete.add(doc.id());
          }
        });
    assertThat(incomplete).isEmpty();
  }

  private static void writeCorpus(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String a = COUNTRIES.get(i % COUNTRIES.size());
      String b = COUNTRIES.get((i / COUNTRIES.size() + 1 + i) % COUNTRIES.size());
      String text =
          a
              + " sent "
              + (100 + i)
              + " troops to "
              + b
              + " on Monday, officials said.\n\n"
              + "Report number "
              + i
              + " was confirmed by the ministry of "
              + a
              + ".";
      lines.add(
          "{\"url\": \"https://example.org/n/"
              + i
              + "\", \"title\": \"Report "
              + i
              + "\", \"published\": \"2026-03-14\", \"text\": \""
              + text.replace("\n", "\\n")
              + "\"}");
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
