package dev.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.brief.BriefBuilder;
import dev.dyad.report.brief.BriefRequest;
import dev.dyad.report.brief.MarkdownBrief;
import dev.dyad.report.brief.MostActiveDyad;
import dev.dyad.store.SparkImport;
import dev.dyad.store.Store;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus through Spark in local mode against the embedded store: the same rows in every
 * table, and a store imported from the run answers as the ingested one does.
 */
class SparkRunTest {
  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Path db;
  private static Path out;
  private static RunSummary run;

  @BeforeAll
  static void bothPaths() {
    List<String> inputs = List.of(Corpora.examples().toString());
    db = Equivalence.ingest(inputs, tmp.resolve("store.db"));
    spark = LocalSpark.start();
    out = tmp.resolve("out");
    run = Equivalence.spark(spark, inputs, out);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyTableHoldsTheRowsOfTheEmbeddedStore() throws Exception {
    assertThat(Equivalence.differences(db, out)).isEmpty();
    assertThat(run.stored()).isEqualTo(Equivalence.count(db, "documents"));
    assertThat(run.claims()).isEqualTo(Equivalence.count(db, "claims")).isPositive();
    assertThat(run.assessments()).isEqualTo(Equivalence.count(db, "assessments")).isPositive();
    assertThat(run.failed()).isZero();
  }

  @Test
  void theRunPlacesEveryClaimInTimeAsTheStoreDoes() throws Exception {
    // Compared with the rest of claims above; named here so that the run cannot drop the columns
    // (a store column missing from the run fails the comparison) or leave them all empty.
    String placed =
        "SELECT claim_id, placed_on, placed_basis FROM %s WHERE placed_on IS NOT NULL"
            + " EXCEPT SELECT claim_id, placed_on, placed_basis FROM %s";
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      s.execute("ATTACH '" + db + "' AS s (READ_ONLY)");
      String run = Equivalence.parquet(out, "claims");
      assertThat(rows(s, String.format(placed, "s.claims", run))).isEmpty();
      assertThat(rows(s, String.format(placed, run, "s.claims"))).isEmpty();
      assertThat(
              rows(
                  s,
                  "SELECT DISTINCT placed_basis FROM " + run + " WHERE placed_basis IS NOT NULL"))
          .contains("event_day", "published");
    }
  }

  @Test
  void aRunWrittenBeforeClaimsKeptTheirPlaceIsPlacedOnImportAsTheStoreIs() throws Exception {
    // The run as an older dyad spark wrote it: its claims without placed_on and placed_basis.
    Path older = tmp.resolve("out-older");
    Path claims = out.resolve("claims");
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(out)) {
      for (Path f : files.filter(f -> !f.startsWith(claims)).toList()) {
        Path to = older.resolve(out.relativize(f).toString());
        if (java.nio.file.Files.isDirectory(f)) {
          java.nio.file.Files.createDirectories(to);
        } else {
          java.nio.file.Files.copy(f, to);
        }
      }
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * EXCLUDE (placed_on, placed_basis) FROM "
              + Equivalence.parquet(out, "claims")
              + ") TO '"
              + older.resolve("claims")
              + "' (FORMAT PARQUET, PARTITION_BY (month))");
    }
    Path imported = tmp.resolve("imported-older.db");
    try (Store store = Store.open(imported)) {
      SparkImport.into(store, older);
    }
    String placed =
        "SELECT concat_ws('|', claim_id, placed_on, placed_basis) FROM %s.claims ORDER BY claim_id";
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      s.execute("ATTACH '" + db + "' AS a (READ_ONLY)");
      s.execute("ATTACH '" + imported + "' AS b (READ_ONLY)");
      assertThat(rows(s, String.format(placed, "b")))
          .isEqualTo(rows(s, String.format(placed, "a")))
          .anyMatch(r -> r.endsWith("event_day"));
    }
  }

  private static List<String> rows(java.sql.Statement s, String sql) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (java.sql.ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  @Test
  void anImportedRunAnswersAsTheIngestedStore() {
    Path imported = tmp.resolve("imported.db");
    try (Store store = Store.open(imported)) {
      SparkImport.Summary s = SparkImport.into(store, out);
      assertThat(s.documents()).isEqualTo(run.stored());
    }
    try (Store a = Store.openReadOnly(db);
        Store b = Store.openReadOnly(imported)) {
      assertThat(b.claims(ClaimQuery.ALL)).isEqualTo(a.claims(ClaimQuery.ALL));
      assertThat(b.assessments(AssessmentQuery.ALL)).isEqualTo(a.assessments(AssessmentQuery.ALL));
      assertThat(b.analytics().dyads(ClaimQuery.ALL, 20))
          .isEqualTo(a.analytics().dyads(ClaimQuery.ALL, 20));
      assertThat(b.search("munitions", 5)).hasSameSizeAs(a.search("munitions", 5)).isNotEmpty();
      List<String> dyad = MostActiveDyad.of(a).orElseThrow();
      assertThat(MostActiveDyad.of(b)).contains(dyad);
      ActorDictionary actors = ActorDictionary.builtIn();
      BriefRequest request = BriefRequest.dyad(dyad.get(0), dyad.get(1));
      assertThat(MarkdownBrief.render(new BriefBuilder(b, actors).build(request)))
          .isEqualTo(MarkdownBrief.render(new BriefBuilder(a, actors).build(request)));
    }
  }
}
