package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.coding.Event;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.core.query.EventQuery;
import dev.dyad.report.analytics.ActorActivity;
import dev.dyad.report.analytics.DyadActivity;
import dev.dyad.report.export.EventCsv;
import dev.dyad.report.export.GdeltEventWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events with no target through the store: stored with NULL target columns, read back as they were
 * coded, merged into claims with no target that actor questions count and dyad questions leave out,
 * and exported with empty target cells. A store made before migration V6 upgrades.
 */
class TargetlessStoreTest {
  private static final String TEXT =
      "North Korea has shipped millions of artillery shells to Russia since the autumn of 2023.\n\n"
          + "Russia mobilised 300,000 reservists on Tuesday.\n";

  static Pipeline pipeline;
  static Path corpus;
  static List<Document> documents;
  static List<Event> coded;

  @TempDir static Path shared;
  @TempDir Path dir;

  @BeforeAll
  static void code() throws Exception {
    corpus = shared.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), TEXT);
    pipeline = Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS));
    try (Stream<Document> docs =
        pipeline.documents(List.of(corpus.toString()), Problems.counting())) {
      documents = docs.toList();
    }
    coded =
        documents.stream().flatMap(d -> pipeline.events(d, Problems.counting()).stream()).toList();
  }

  private void ingest(Store store) {
    store.ingest(
        documents.stream(),
        pipeline,
        CoderVersion.of(Optional.empty()),
        Problems.counting(),
        new IngestSettings(List.of(corpus.toString()), 10, p -> {}));
  }

  @Test
  void theCorpusHasOneDyadicAndOneTargetlessEvent() {
    assertThat(coded).filteredOn(Event::dyadic).isNotEmpty();
    assertThat(coded)
        .filteredOn(e -> !e.dyadic())
        .singleElement()
        .satisfies(e -> assertThat(e.source().code()).isEqualTo("RUS"));
  }

  @Test
  void storesAndReadsBackTargetlessEventsAndClaims() throws Exception {
    try (Store store = Store.open(dir.resolve("t.db"))) {
      ingest(store);
      assertThat(store.events(EventQuery.ALL)).containsExactlyElementsOf(coded);
      assertThat(StoreTest.long1(store, "SELECT count(*) FROM events WHERE target_code IS NULL"))
          .isEqualTo(1);
      // An actor filter finds the targetless event by its source; a dyad filter never does.
      assertThat(store.events(actor("RUS"))).anyMatch(e -> !e.dyadic());
      assertThat(store.events(dyad("RUS", "PRK"))).isNotEmpty().allMatch(Event::dyadic);

      List<Claim> claims = store.claims(ClaimQuery.ALL);
      assertThat(claims).filteredOn(c -> c.target().isEmpty()).hasSize(1);
      Claim targetless = claims.stream().filter(c -> !c.dyadic()).findFirst().orElseThrow();
      assertThat(targetless.source().code()).isEqualTo("RUS");
      assertThat(targetless.statement()).doesNotContain("null");
      assertThat(store.claim(targetless.claimId())).contains(targetless);
      assertThat(store.claims(ClaimQuery.ALL.withDyad("PRK", "RUS"))).allMatch(Claim::dyadic);
      assertThat(StoreTest.long1(store, "SELECT count(*) FROM claim_evidence WHERE target IS NULL"))
          .isEqualTo(1);

      List<DyadActivity> dyads = store.analytics().dyads(ClaimQuery.ALL, 10);
      assertThat(dyads)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(List.of(d.a(), d.b())).containsExactly("PRK", "RUS");
                assertThat(d.claims()).isEqualTo(claims.size() - 1);
              });
      List<ActorActivity> actors = store.analytics().actors(ClaimQuery.ALL, 10);
      ActorActivity russia = actors.stream().filter(a -> a.code().equals("RUS")).findFirst().get();
      assertThat(russia.claims()).isEqualTo(claims.size());
      assertThat(russia.asSource()).isEqualTo(1);
      assertThat(actors).allSatisfy(a -> assertThat(a.code()).isNotNull());
      assertThat(
              store
                  .analytics()
                  .network(
                      ClaimQuery.ALL,
                      java.util.EnumSet.allOf(dev.dyad.core.claims.ClaimStatus.class))
                  .edges())
          .allSatisfy(e -> assertThat(e.target()).isNotNull())
          .hasSize(1);

      StringWriter csv = new StringWriter();
      EventCsv.write(csv, store.events(EventQuery.ALL));
      assertThat(csv.toString()).contains(",RUS,Russia,,,MOBILIZE,");
      StringWriter gdelt = new StringWriter();
      assertThat(GdeltEventWriter.create().writeEvents(gdelt, store.events(EventQuery.ALL)))
          .isEqualTo(2);
      int actor1 = GdeltEventWriter.COLUMNS.indexOf("Actor1Code");
      int actor2 = GdeltEventWriter.COLUMNS.indexOf("Actor2Code");
      String[] cells =
          gdelt
              .toString()
              .lines()
              .map(l -> l.split("\t", -1))
              .filter(c -> c.length > actor1 && c[actor1].equals("RUS"))
              .findFirst()
              .orElseThrow();
      for (int i = actor2; i < actor2 + 10; i++) {
        assertThat(cells[i]).as(GdeltEventWriter.COLUMNS.get(i)).isEmpty();
      }
    }
  }

  @Test
  void aStoreMadeBeforeTargetlessEventsUpgradesAndKeepsItsRows() throws Exception {
    Path db = dir.resolve("old.db");
    // A store as the migrations before V6 left it, holding one dyadic event.
    try (Store store = Store.open(dir.resolve("scratch.db"))) {
      ingest(store);
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
              + " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
      for (Migrations.Migration m : Migrations.all()) {
        if (m.version() < 6) {
          for (String sql : Migrations.statements(m.sql())) {
            s.execute(sql);
          }
          s.execute(
              "INSERT INTO schema_version (version, name) VALUES ("
                  + m.version()
                  + ", '"
                  + m.name()
                  + "')");
        }
      }
      s.execute("ATTACH '" + dir.resolve("scratch.db") + "' AS scratch (READ_ONLY)");
      s.execute("INSERT INTO events SELECT * FROM scratch.events WHERE target_code IS NOT NULL");
      s.execute("DETACH scratch");
      try (ResultSet r =
          s.executeQuery(
              "SELECT is_nullable FROM information_schema.columns"
                  + " WHERE table_name = 'events' AND column_name = 'target_code'")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("NO");
      }
    }
    try (Store store = Store.open(db)) {
      assertThat(Migrations.current(store.connection())).isEqualTo(Migrations.all().size());
      // The rows written before the upgrade are still there, and a targetless row now fits.
      assertThat(StoreTest.ids(store, "SELECT event_id FROM events ORDER BY event_id"))
          .containsExactlyElementsOf(
              coded.stream().filter(Event::dyadic).map(Event::eventId).sorted().toList());
      try (Statement s = store.connection().createStatement()) {
        s.execute(
            "INSERT INTO events SELECT * REPLACE (event_id || 'x' AS event_id, NULL AS target_code,"
                + " NULL AS target_text) FROM events");
      }
      for (String column :
          List.of(
              "events.target_code",
              "events.target_text",
              "claims.target_code",
              "claims.target_name",
              "claim_evidence.target")) {
        String[] t = column.split("\\.");
        assertThat(
                StoreTest.long1(
                    store,
                    "SELECT count(*) FROM information_schema.columns WHERE table_name = '"
                        + t[0]
                        + "' AND column_name = '"
                        + t[1]
                        + "' AND is_nullable = 'YES'"))
            .as(column)
            .isEqualTo(1);
      }
    }
  }

  private static EventQuery actor(String code) {
    return new EventQuery(
        Optional.of(code),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static EventQuery dyad(String a, String b) {
    return new EventQuery(
        Optional.empty(),
        Optional.of(new EventQuery.Dyad(a, b)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
