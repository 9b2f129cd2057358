package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.coding.Event;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.core.query.EventQuery;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  static final Path CORPUS = Corpora.examples();
  static Pipeline pipeline;
  static List<Document> documents;
  static List<Event> statelessEvents;
  static CorpusAnalysis stateless;
  static final CoderVersion CODER = CoderVersion.of(Optional.empty());

  @TempDir Path dir;

  @BeforeAll
  static void readCorpus() {
    pipeline = Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS));
    try (Stream<Document> docs =
        pipeline.documents(List.of(CORPUS.toString()), Problems.counting())) {
      documents = docs.toList();
    }
    statelessEvents =
        documents.stream().flatMap(d -> pipeline.events(d, Problems.counting()).stream()).toList();
    stateless = new CorpusAnalysis(pipeline.dictionary());
    DocumentAnalyzer analyzer = new DocumentAnalyzer(pipeline);
    documents.forEach(d -> stateless.add(analyzer.analyze(d, Problems.counting())));
  }

  private IngestSummary ingest(Store store, Stream<Document> docs, int batch) {
    return store.ingest(
        docs,
        pipeline,
        CODER,
        Problems.counting(),
        new IngestSettings(List.of(CORPUS.toString()), batch, p -> {}));
  }

  @Test
  void migrationsApplyOnceAndAreRecorded() throws SQLException {
    Path db = dir.resolve("m.db");
    try (Store store = Store.open(db)) {
      assertThat(Migrations.current(store.connection())).isEqualTo(Migrations.all().size());
    }
    try (Store store = Store.open(db)) {
      assertThat(long1(store, "SELECT count(*) FROM schema_version"))
          .isEqualTo(Migrations.all().size());
      assertThat(
              long1(
                  store,
                  "SELECT count(*) FROM schema_version WHERE version = 1 AND name = 'schema'"))
          .isEqualTo(1);
    }
  }

  @Test
  void readsClaimsAndAssessmentsBackFromTheirTablesAsTheMergersMadeThem() {
    try (Store store = Store.open(dir.resolve("c.db"))) {
      ingest(store, documents.stream(), 4);
      assertThat(store.claims(ClaimQuery.ALL)).containsExactlyElementsOf(stateless.claims());
      assertThat(store.assessments(AssessmentQuery.ALL))
          .containsExactlyElementsOf(stateless.assessments());
      assertThat(store.families()).isEqualTo(stateless.families());
    }
  }

  @Test
  void narrowsClaimsInSqlAndInJavaAlike() {
    try (Store store = Store.open(dir.resolve("q.db"))) {
      ingest(store, documents.stream(), 50);
      List<ClaimQuery> queries =
          List.of(
              ClaimQuery.ALL.withDyad("RUS", "PRK"),
              ClaimQuery.ALL.withActor("USA"),
              ClaimQuery.ALL
                  .withType(dev.dyad.core.coding.ontology.EventType.AID)
                  .withStatus(dev.dyad.core.claims.ClaimStatus.CONFIRMED),
              ClaimQuery.ALL.within(
                  Optional.of(java.time.LocalDate.of(2024, 6, 1)), Optional.empty()),
              ClaimQuery.ALL.within(
                  Optional.empty(), Optional.of(java.time.LocalDate.of(2024, 6, 1))),
              ClaimQuery.ALL
                  .withModality(dev.dyad.core.coding.modality.Modality.ALLEGED)
                  .withText("troops"));
      for (ClaimQuery q : queries) {
        List<dev.dyad.core.claims.Claim> expected =
            stateless.claims().stream().filter(q::matches).toList();
        assertThat(store.claims(q)).as(q.toString()).containsExactlyElementsOf(expected);
      }
      assertThat(store.claims(ClaimQuery.ALL.withDyad("RUS", "PRK"))).isNotEmpty();
      List<AssessmentQuery> assessmentQueries =
          List.of(
              AssessmentQuery.ALL.withActor("PRK"), AssessmentQuery.ALL.withDyad("RUS", "PRK"),
              AssessmentQuery.ALL.withTopic("arms-race"), AssessmentQuery.ALL.withActor("ZZZ"));
      for (AssessmentQuery q : assessmentQueries) {
        assertThat(store.assessments(q))
            .as(q.toString())
            .containsExactlyElementsOf(
                stateless.assessments().stream().filter(q::matches).toList());
      }
      assertThat(store.assessments(AssessmentQuery.ALL.withActor("PRK"))).isNotEmpty();
    }
  }

  @Test
  void narrowsEventsInSqlAndInJavaAlike() {
    try (Store store = Store.open(dir.resolve("e.db"))) {
      ingest(store, documents.stream(), 50);
      List<EventQuery> queries =
          List.of(
              new EventQuery(
                  Optional.of(" rus"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()),
              new EventQuery(
                  Optional.empty(),
                  Optional.of(new EventQuery.Dyad("prk", "RUS")),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()),
              new EventQuery(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of("aid "),
                  Optional.of("Reported"),
                  Optional.empty(),
                  Optional.empty()),
              // Month- and year-precise dates overlap a day by their prefix; undated events use
              // publication.
              new EventQuery(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(LocalDate.of(2026, 3, 16)),
                  Optional.empty()),
              new EventQuery(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(LocalDate.of(2026, 5, 21))),
              new EventQuery(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(LocalDate.of(2026, 3, 1)),
                  Optional.of(LocalDate.of(2026, 12, 31))));
      for (EventQuery q : queries) {
        List<Event> expected = statelessEvents.stream().filter(q::matches).toList();
        assertThat(expected).as(q.toString()).isNotEmpty().hasSizeLessThan(statelessEvents.size());
        assertThat(store.events(q)).as(q.toString()).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void ingestStoresTheCorpusAsTheStatelessCoderCodesIt() throws SQLException {
    assertThat(documents).hasSize(17);
    try (Store store = Store.open(dir.resolve("a.db"))) {
      IngestSummary summary = ingest(store, documents.stream(), 5);
      assertThat(summary.read()).isEqualTo(17);
      assertThat(summary.stored()).isEqualTo(17);
      StoreCounts counts = store.counts();
      assertThat(counts.documents()).isEqualTo(17);
      assertThat(counts.events()).isEqualTo(statelessEvents.size());
      assertThat(counts.sentences())
          .isEqualTo(documents.stream().mapToLong(d -> d.sentences().size()).sum());
      // Events come back as they went in: the JSON contract of dyad code holds for stored events.
      assertThat(store.events(EventQuery.ALL)).containsExactlyElementsOf(statelessEvents);
      // Claims rebuilt from the store are those of the stateless analysis.
      assertThat(counts.claims()).isEqualTo(stateless.claims().size());
      assertThat(counts.assessments()).isEqualTo(stateless.assessments().size());
      assertThat(long1(store, "SELECT count(DISTINCT family_id) FROM documents"))
          .isEqualTo(stateless.families());
      assertThat(long1(store, "SELECT count(*) FROM documents WHERE family_id IS NULL")).isZero();
      assertThat(ids(store, "SELECT claim_id FROM claims ORDER BY claim_id"))
          .containsExactlyElementsOf(
              stateless.claims().stream().map(c -> c.claimId()).sorted().toList());
    }
  }

  @Test
  void ingestingTwiceChangesNothing() {
    Path db = dir.resolve("twice.db");
    StoreCounts first;
    try (Store store = Store.open(db)) {
      ingest(store, documents.stream(), 200);
      first = store.counts();
    }
    try (Store store = Store.open(db)) {
      IngestSummary again = ingest(store, documents.stream(), 200);
      assertThat(again.stored()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(17);
      assertThat(store.counts()).isEqualTo(first);
    }
  }

  @Test
  void aFailureMidBatchKeepsEarlierBatchesAndNoPartialDocument() throws SQLException {
    Path db = dir.resolve("fail.db");
    try (Store store = Store.open(db)) {
      Iterator<Document> source = documents.iterator();
      Iterator<Document> failing =
          new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
              return true;
            }

            @Override
            public Document next() {
              if (n++ == 7) {
                throw new IllegalStateException("input broke");
              }
              return source.next();
            }
          };
      Stream<Document> docs =
          StreamSupport.stream(Spliterators.spliteratorUnknownSize(failing, 0), false);
      assertThatThrownBy(() -> ingest(store, docs, 3)).hasMessageContaining("input broke");
      // Batches of 3: documents 1-6 committed, the 7th was in the open batch.
      assertThat(store.counts().documents()).isEqualTo(6);
      assertConsistent(store);
      assertThat(ids(store, "SELECT status FROM ingest_runs")).containsExactly("failed");
    }
    try (Store store = Store.open(db)) {
      IngestSummary resumed = ingest(store, documents.stream(), 3);
      assertThat(resumed.alreadyStored()).isEqualTo(6);
      assertThat(store.counts().documents()).isEqualTo(17);
      assertThat(store.counts().events()).isEqualTo(statelessEvents.size());
      assertConsistent(store);
    }
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSecondWriterIsRefusedWithTheHolderNamed() {
    Path db = dir.resolve("lock.db");
    try (Store first = Store.open(db, "dyad ingest corpus")) {
      assertThatThrownBy(() -> Store.open(db, "dyad recode"))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("dyad ingest corpus");
    }
    try (Store again = Store.open(db, "dyad recode")) {
      assertThat(again.counts().documents()).isZero();
    }
  }

  @Test
  void readersOpenReadOnlyWhenNoWriterHoldsTheStore() {
    Path db = dir.resolve("read.db");
    try (Store store = Store.open(db)) {
      ingest(store, documents.stream(), 200);
    }
    try (Store a = Store.openReadOnly(db)) {
      assertThat(a.counts().documents()).isEqualTo(17);
      assertThatThrownBy(() -> a.recode(pipeline, CODER, Problems.counting()))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("missing.db")))
        .hasMessageContaining("no store at");
  }

  @Test
  void recodeKeepsCounts() {
    try (Store store = Store.open(dir.resolve("recode.db"))) {
      ingest(store, documents.stream(), 200);
      StoreCounts before = store.counts();
      List<Event> events = store.events(EventQuery.ALL);
      assertThat(store.recode(pipeline, CODER, Problems.counting())).isEqualTo(before);
      assertThat(store.events(EventQuery.ALL)).containsExactlyElementsOf(events);
    }
  }

  @Test
  void queriesFilterByDyadTypeAndModality() {
    try (Store store = Store.open(dir.resolve("q.db"))) {
      ingest(store, documents.stream(), 200);
      EventQuery dyad =
          new EventQuery(
              Optional.empty(),
              Optional.of(new EventQuery.Dyad("PRK", "RUS")),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      List<Event> expected =
          statelessEvents.stream()
              .filter(
                  e ->
                      (e.source().code().startsWith("PRK") && e.targetCode().startsWith("RUS"))
                          || (e.source().code().startsWith("RUS")
                              && e.targetCode().startsWith("PRK")))
              .toList();
      assertThat(expected).isNotEmpty();
      assertThat(store.events(dyad)).containsExactlyElementsOf(expected);
      EventQuery reported =
          new EventQuery(
              Optional.empty(),
              Optional.empty(),
              Optional.of("aid"),
              Optional.of("reported"),
              Optional.empty(),
              Optional.empty());
      assertThat(store.events(reported))
          .allSatisfy(
              e -> {
                assertThat(e.eventType().name()).isEqualTo("AID");
                assertThat(e.modality().label()).isEqualTo("reported");
              });
    }
  }

  /** Every stored document has all its sentences and events; nothing refers to a missing one. */
  static void assertConsistent(Store store) throws SQLException {
    assertThat(
            long1(
                store,
                "SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT doc_id FROM documents)"))
        .isZero();
    assertThat(
            long1(
                store,
                "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)"))
        .isZero();
    try (Statement s = store.connection().createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT doc_id, (SELECT count(*) FROM sentences x WHERE x.doc_id = d.doc_id),"
                    + " (SELECT count(*) FROM events x WHERE x.doc_id = d.doc_id) FROM documents d")) {
      while (r.next()) {
        String id = r.getString(1);
        Document doc = documents.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
        assertThat(r.getLong(2)).as("sentences of %s", id).isEqualTo(doc.sentences().size());
        assertThat(r.getLong(3))
            .as("events of %s", id)
            .isEqualTo(statelessEvents.stream().filter(e -> e.docId().equals(id)).count());
      }
    }
  }

  static long long1(Store store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static List<String> ids(Store store, String sql) {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<String> out = new java.util.ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
