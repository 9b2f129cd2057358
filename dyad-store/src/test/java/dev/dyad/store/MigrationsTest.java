package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores written by older builds are brought up to this build's schema, and only those. */
class MigrationsTest {
  @TempDir Path dir;

  @Test
  void aStoreAtSchemaV4GainsTheDictionaryColumnsOfV5AndKeepsItsEvents() throws SQLException {
    Path db = dir.resolve("v4.db");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertThat(Migrations.apply(c, 4)).isEqualTo(4);
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO events (event_id, doc_id, ordinal, doc_uri, sentence_index, sentence,"
                + " span_start, span_end, source_code, source_text, target_code, target_text,"
                + " event_type, cameo, quad_class, intensity, modality, date_basis, historical,"
                + " pattern, confidence, coder_version, dictionary_hash) VALUES ('e1', 'd1', 0,"
                + " 'file:a.txt', 0, 'Ruritania condemned Graustark.', 0, 30, 'RUR', 'Ruritania',"
                + " 'GRK', 'Graustark', 'ACCUSE', '111', 3, -2.0, 'ASSERTED', 'PUBLISHED', false,"
                + " 'accuse.condemn', 0.9, '0.1.0', 'abc')");
      }
    }
    try (Store store = Store.open(db)) {
      assertThat(Migrations.current(store.connection())).isEqualTo(11);
      // rows() sorts as text: "10" before "2".
      assertThat(rows(store.connection(), "SELECT version || ' ' || name FROM schema_version"))
          .containsExactlyInAnyOrder(
              "1 schema",
              "2 document_facts",
              "3 actor_mentions",
              "4 incremental_claims",
              "5 event_dictionaries",
              "6 targetless_events",
              "7 claim_placement",
              "8 claims_by_quarter",
              "9 families_by_date",
              "10 sentence_order",
              "11 unkeyed_document_rows");
      // The rows written with their document keep no index: a scan with a filter answers them.
      assertThat(
              rows(
                  store.connection(),
                  "SELECT table_name || ' ' || constraint_type FROM duckdb_constraints()"
                      + " WHERE table_name IN ('sentences', 'events', 'actor_mentions')"
                      + " AND constraint_type <> 'NOT NULL'"))
          .isEmpty();
      assertThat(
              rows(
                  store.connection(),
                  "SELECT index_name FROM duckdb_indexes()"
                      + " WHERE table_name IN ('sentences', 'events', 'actor_mentions')"))
          .isEmpty();
      assertThat(rows(store.connection(), "SELECT event_id FROM events")).containsExactly("e1");
      // An event stored before V5 was coded with the built-in set, whose hash it did not record.
      assertThat(
              rows(
                  store.connection(),
                  "SELECT event_id || ' ' || dictionaries || ' [' || dictionaries_hash || ']'"
                      + " FROM events"))
          .containsExactly("e1 builtin []");
    }
  }

  @Test
  void aStoreAtSchemaV6GainsThePlacementsAFreshStoreWritesWithItsClaims() throws SQLException {
    Path fresh = IngestedStore.examples(dir.resolve("fresh.db"));
    Path old = dir.resolve("v6.db");
    List<String> placed;
    List<String> evidence;
    try (Store store = Store.openReadOnly(fresh)) {
      placed = StoreRows.of(store, ClaimPlacementTest.STORED);
      evidence = StoreRows.of(store, EVIDENCE_DATES);
    }
    // A V6 store of the same documents and claims: this build's store without what V7 adds.
    copy(fresh, old);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + old);
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE claims DROP COLUMN placed_on");
      s.execute("ALTER TABLE claims DROP COLUMN placed_basis");
      s.execute("ALTER TABLE claim_evidence DROP COLUMN event_date");
      rollBackTo(s, 6);
    }
    assertThat(placed).anyMatch(r -> r.endsWith("| event_day"));
    assertThat(placed).anyMatch(r -> r.endsWith("| published"));
    assertThat(placed).anyMatch(r -> r.endsWith("| null | null"));
    assertThat(evidence).anyMatch(r -> !r.endsWith("| null"));
    try (Store store = Store.open(old)) {
      assertThat(Migrations.current(store.connection())).isEqualTo(11);
      assertThat(StoreRows.of(store, ClaimPlacementTest.STORED)).isEqualTo(placed);
      // The kept evidence knows its events' dates, so later ingests place re-merged claims.
      assertThat(StoreRows.of(store, EVIDENCE_DATES)).isEqualTo(evidence);
    }
  }

  @Test
  void aStoreAtSchemaV7ReportsItsClaimsBehindAndItsNextIngestRegroupsThemByQuarter()
      throws SQLException {
    Path fresh = IngestedStore.examples(dir.resolve("fresh.db"));
    Path old = dir.resolve("v7.db");
    List<String> claims;
    List<String> keys;
    try (Store store = Store.openReadOnly(fresh)) {
      claims = StoreRows.of(store, CLAIMS);
      keys = StoreRows.of(store, KEYS);
    }
    assertThat(keys).anyMatch(k -> k.matches(".*\\|20[0-9]{2}Q[1-4]"));
    copy(fresh, old);
    // A V7 store: keys without their quarter, and claims merged across quarters.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + old);
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE claim_evidence SET claim_key = regexp_replace(claim_key, '\\|[0-9]{4}Q[1-4]$', '')");
      s.execute("UPDATE claims SET documents = documents + 100");
      rollBackTo(s, 7);
    }
    try (Store store = Store.open(old)) {
      assertThat(Migrations.current(store.connection())).isEqualTo(11);
      assertThat(store.derivedData().claimsBehind()).isTrue();
      ingestNothing(store);
      assertThat(store.derivedData().claimsBehind()).isFalse();
      assertThat(StoreRows.of(store, CLAIMS)).isEqualTo(claims);
      assertThat(StoreRows.of(store, KEYS)).isEqualTo(keys);
    }
  }

  @Test
  void aStoreAtSchemaV8RebuildsItsFamiliesWithDatesOnItsNextIngest() throws SQLException {
    Path fresh = IngestedStore.examples(dir.resolve("fresh.db"));
    Path old = dir.resolve("v8.db");
    List<String> families;
    List<String> bands;
    try (Store store = Store.openReadOnly(fresh)) {
      families = StoreRows.of(store, FAMILIES);
      bands = StoreRows.of(store, BANDS);
    }
    assertThat(bands).anyMatch(b -> !b.endsWith("| null"));
    copy(fresh, old);
    // A V8 store: band keys without dates, and families formed without regard to them.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + old);
        Statement s = c.createStatement()) {
      s.execute("UPDATE documents SET family_id = (SELECT min(doc_id) FROM documents)");
      rollBackTo(s, 8);
    }
    try (Store store = Store.open(old)) {
      assertThat(Migrations.current(store.connection())).isEqualTo(11);
      assertThat(store.derivedData().claimsBehind()).isTrue();
      ingestNothing(store);
      assertThat(store.derivedData().claimsBehind()).isFalse();
      assertThat(StoreRows.of(store, FAMILIES)).isEqualTo(families);
      assertThat(StoreRows.of(store, BANDS)).isEqualTo(bands);
    }
  }

  @Test
  void aStoreAtSchemaV9NumbersItsSentencesByTheirDocuments() throws SQLException {
    Path fresh = IngestedStore.examples(dir.resolve("fresh.db"));
    Path old = dir.resolve("v9.db");
    List<String> sentences;
    try (Store store = Store.openReadOnly(fresh)) {
      sentences = StoreRows.of(store, SENTENCE_ORDER);
    }
    assertThat(sentences).hasSizeGreaterThan(10).allMatch(r -> !r.endsWith("| null"));
    copy(fresh, old);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + old);
        Statement s = c.createStatement()) {
      rollBackTo(s, 9);
    }
    try (Store store = Store.open(old)) {
      assertThat(Migrations.current(store.connection())).isEqualTo(11);
      assertThat(StoreRows.of(store, SENTENCE_ORDER)).isEqualTo(sentences);
      assertThat(
              StoreRows.of(
                  store,
                  "SELECT count(*) FROM sentences s JOIN documents d"
                      + " USING (doc_id) WHERE s.seq <> d.seq"))
          .containsExactly("0");
    }
  }

  /**
   * Makes a store of this build look as one at schema {@code version} did, to the extent the
   * migrations after it need: the columns they add are dropped (V11 makes its tables again from
   * whatever they hold), and their version rows deleted so that they run again on open.
   */
  private static void rollBackTo(Statement s, int version) throws SQLException {
    if (version < 9) {
      s.execute("ALTER TABLE document_bands DROP COLUMN published");
    }
    if (version < 10) {
      s.execute("ALTER TABLE sentences DROP COLUMN seq");
    }
    s.execute("DELETE FROM schema_version WHERE version > " + version);
  }

  /** An ingest of no documents: what brings derived tables in step after an upgrade. */
  private static void ingestNothing(Store store) {
    store.ingest(
        java.util.stream.Stream.empty(),
        dev.dyad.core.Pipeline.standard(dev.dyad.core.PipelineConfig.DEFAULTS),
        CoderVersion.of(java.util.Optional.empty()),
        dev.dyad.core.model.Problems.counting(),
        IngestSettings.of(List.of()));
  }

  private static final String SENTENCE_ORDER =
      "SELECT doc_id, sentence_index, seq FROM sentences ORDER BY doc_id, sentence_index";

  private static final String FAMILIES = "SELECT doc_id, family_id FROM documents ORDER BY doc_id";
  private static final String BANDS =
      "SELECT band_key, doc_id, published FROM document_bands ORDER BY band_key, doc_id";

  private static final String CLAIMS =
      "SELECT claim_id, documents, independent_sources, status FROM claims ORDER BY claim_id";
  private static final String KEYS =
      "SELECT DISTINCT claim_key FROM claim_evidence ORDER BY claim_key";

  private static void copy(Path from, Path to) {
    try {
      java.nio.file.Files.copy(from, to);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final String EVIDENCE_DATES =
      "SELECT event_id, event_date FROM claim_evidence ORDER BY event_id";

  @Test
  void refusesAStoreWhoseRecordedVersionHasAnotherName() throws SQLException {
    Path db = dir.resolve("dev.db");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      Migrations.apply(c, 3);
      try (Statement s = c.createStatement()) {
        // A development build numbered its event-dictionaries migration 4.
        s.execute("ALTER TABLE events ADD COLUMN dictionaries VARCHAR DEFAULT 'builtin'");
        s.execute("INSERT INTO schema_version (version, name) VALUES (4, 'event_dictionaries')");
      }
    }
    assertThatThrownBy(() -> Store.open(db).close())
        .hasMessageContaining("schema version 4 is 'event_dictionaries'")
        .hasMessageContaining("'incremental_claims'");
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql + " ORDER BY 1")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
