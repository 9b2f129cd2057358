package dev.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source families compare only documents published within the families' window (dyad-core
 * FamilyOptions): one report, its copy three weeks on and another two months on give two families
 * in a Spark run, as in the embedded store.
 */
class SparkFamilyWindowTest {
  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Path db;
  private static Path out;

  @BeforeAll
  static void bothPaths() throws Exception {
    String event = "Russia signed an agreement with China.";
    List<Map<String, String>> articles =
        List.of(
            Articles.article("first", "2024-03-04", event),
            Articles.article("three-weeks-on", "2024-03-25", event),
            Articles.article("two-months-on", "2024-05-03", event));
    List<String> inputs =
        List.of(Articles.jsonl(tmp.resolve("in/reports.jsonl"), articles).toString());
    db = Equivalence.ingest(inputs, tmp.resolve("store.db"));
    spark = LocalSpark.start();
    out = tmp.resolve("out");
    Equivalence.spark(spark, inputs, out);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void aCopyTwoMonthsOnIsAnotherFamilyInBothPaths() throws Exception {
    assertThat(Equivalence.differences(db, out)).isEmpty();
    String families =
        "SELECT count(DISTINCT family_id) FROM (SELECT d.doc_id, coalesce(f.family_id, d.doc_id)"
            + " AS family_id FROM "
            + Equivalence.parquet(out, "documents")
            + " d LEFT JOIN "
            + Equivalence.parquet(out, "families")
            + " f USING (doc_id))";
    assertThat(rows("jdbc:duckdb:", families)).containsExactly("2");
    assertThat(rows("jdbc:duckdb:" + db, "SELECT count(DISTINCT family_id) FROM documents"))
        .containsExactly("2");
  }

  private static List<String> rows(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }
}
