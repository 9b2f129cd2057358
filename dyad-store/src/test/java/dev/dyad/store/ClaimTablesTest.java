package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim rebuild replays facts kept at ingest (signatures, assessment mentions) instead of the
 * texts; these pin that it gives what replaying the texts gives, however the corpus arrived.
 */
class ClaimTablesTest {
  /** Every row the rebuild writes, in a stable order, as text. */
  static final List<String> REBUILT =
      List.of(
          "SELECT * FROM claims ORDER BY claim_id",
          "SELECT * FROM claim_mentions ORDER BY claim_id, ordinal",
          "SELECT * FROM assessments ORDER BY assessment_id",
          "SELECT * FROM assessment_mentions ORDER BY assessment_id, ordinal",
          "SELECT doc_id, family_id FROM documents ORDER BY seq");

  @TempDir Path dir;

  /** What a rebuild computes now, from the kept facts (or the texts) and the events. */
  private static StoredAnalysis replay(Store store) {
    try {
      ClaimTables.Replay r = ClaimTables.replay(store.connection(), ExampleCorpus.ANALYZER);
      return new StoredAnalysis(
          r.analysis().claims(),
          r.analysis().assessments(),
          r.docIds().size(),
          r.analysis().families());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void claimsFromKeptFactsAreThoseOfTheStatelessAnalysis() {
    try (Store store = Store.open(dir.resolve("a.db"))) {
      ingest(store, ExampleCorpus.DOCUMENTS);
      StoredAnalysis stored = replay(store);
      assertThat(stored.claims()).containsExactlyElementsOf(ExampleCorpus.STATELESS.claims());
      assertThat(stored.assessments())
          .containsExactlyElementsOf(ExampleCorpus.STATELESS.assessments());
      assertThat(stored.families()).isEqualTo(ExampleCorpus.STATELESS.families());
    }
  }

  @Test
  void ingestInPartsRebuildsTheTablesOfOneIngest() {
    List<String> whole;
    try (Store store = Store.open(dir.resolve("whole.db"))) {
      ingest(store, ExampleCorpus.DOCUMENTS);
      whole = rows(store);
    }
    try (Store store = Store.open(dir.resolve("parts.db"))) {
      List<Document> docs = ExampleCorpus.DOCUMENTS;
      ingest(store, docs.subList(0, 6));
      ingest(store, docs.subList(6, 12));
      ingest(store, docs.subList(12, docs.size()));
      assertThat(rows(store)).containsExactlyElementsOf(whole);
    }
  }

  @Test
  void documentsStoredWithoutFactsHaveThemComputedFromTheirText() throws SQLException {
    List<String> whole;
    try (Store store = Store.open(dir.resolve("whole.db"))) {
      ingest(store, ExampleCorpus.DOCUMENTS);
      whole = rows(store);
    }
    Path db = dir.resolve("old.db");
    List<Document> docs = ExampleCorpus.DOCUMENTS;
    try (Store store = Store.open(db)) {
      ingest(store, docs.subList(0, 10));
      StoredAnalysis withFacts = replay(store);
      // As a store written before facts were kept (schema V1) holds them.
      forgetFacts(store);
      StoredAnalysis fromTexts = replay(store);
      assertThat(fromTexts).isEqualTo(withFacts);
    }
    try (Store store = Store.open(db)) {
      ingest(store, docs.subList(10, docs.size()));
      assertThat(rows(store)).containsExactlyElementsOf(whole);
      assertThat(StoreTest.long1(store, "SELECT count(*) FROM document_signatures"))
          .isEqualTo(docs.size());
    }
  }

  @Test
  void recodeKeepsTheFactsAndTheTables() {
    try (Store store = Store.open(dir.resolve("recode.db"))) {
      ingest(store, ExampleCorpus.DOCUMENTS);
      List<String> before = rows(store);
      List<String> facts = facts(store);
      store.recode(ExampleCorpus.PIPELINE, StoreTest.CODER, Problems.counting());
      assertThat(rows(store)).containsExactlyElementsOf(before);
      assertThat(facts(store)).containsExactlyElementsOf(facts);
    }
  }

  private static void ingest(Store store, List<Document> docs) {
    store.ingest(
        docs.stream(),
        ExampleCorpus.PIPELINE,
        StoreTest.CODER,
        Problems.counting(),
        new IngestSettings(List.of("corpus"), 5, p -> {}));
  }

  /** As a store written before facts were kept: no facts, and (as migration V4 leaves it) stale. */
  private static void forgetFacts(Store store) throws SQLException {
    try (Statement s = store.connection().createStatement()) {
      s.execute("DELETE FROM document_assessments");
      s.execute("DELETE FROM document_signatures");
      s.execute("DELETE FROM store_state WHERE key = 'claims_seq'");
    }
  }

  static List<String> rows(Store store) {
    return REBUILT.stream()
        .flatMap(sql -> StoreRows.of(store, sql).stream().map(r -> sql + " | " + r))
        .toList();
  }

  private static List<String> facts(Store store) {
    return List.of(
            "SELECT doc_id, signature FROM document_signatures ORDER BY doc_id",
            "SELECT * FROM document_assessments ORDER BY doc_id, ordinal")
        .stream()
        .flatMap(sql -> StoreRows.of(store, sql).stream())
        .toList();
  }
}
