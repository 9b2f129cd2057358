package dev.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-running a month: its tables are replaced, the other months' files are left as they were, and
 * the claims, assessments and families are those of one run over the kept months and the new one.
 */
class SparkMonthRerunTest {
  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Path out;
  private static Path reference;
  private static Map<Path, FileTime> marchBefore;

  @BeforeAll
  static void runs() throws IOException {
    spark = LocalSpark.start();
    Path march =
        Articles.jsonl(
            tmp.resolve("in/march.jsonl"),
            List.of(
                Articles.article("m1", "2024-03-04", "Russia signed an agreement with China."),
                Articles.article("m2", "2024-03-09", "Japan condemned North Korea.")));
    Path aprilFirst =
        Articles.jsonl(
            tmp.resolve("in/april-first.jsonl"),
            List.of(
                Articles.article("a1", "2024-04-02", "China signed an agreement with Russia."),
                Articles.article("a2", "2024-04-03", "India praised Japan.")));
    // The month coded again: one article gone, one changed, and a near copy of a March article;
    // none voices an assessment now.
    Path aprilAgain =
        Articles.jsonl(
            tmp.resolve("in/april-again.jsonl"),
            List.of(
                Articles.plain("a1", "2024-04-02", "China signed a new agreement with Russia."),
                Articles.plain("m1b", "2024-04-05", "Russia signed an agreement with China."),
                // An exact copy of a March article is March's: a store keeps what it has.
                Articles.article("m2", "2024-04-06", "Japan condemned North Korea.")));
    out = tmp.resolve("out");
    run(List.of(march, aprilFirst), out);
    marchBefore = files(out.resolve("documents/month=2024-03"));
    run(List.of(aprilAgain), out);
    reference = tmp.resolve("reference");
    run(List.of(march, aprilAgain), reference);
  }

  private static RunSummary run(List<Path> inputs, Path output) {
    return SparkRun.run(
        spark,
        new SparkRun.Settings(
            inputs.stream().map(Path::toString).toList(),
            output.toString(),
            Optional.empty(),
            20L << 20,
            2),
        p -> {});
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theMonthHoldsOnlyWhatTheSecondRunRead() throws Exception {
    assertThat(strings(out, "SELECT uri FROM %s WHERE month = '2024-04' ORDER BY uri", "documents"))
        .containsExactly("https://example.org/a1|", "https://example.org/m1b|");
    assertThat(
            strings(
                out,
                "SELECT DISTINCT sentence FROM %s WHERE month = '2024-04' AND sentence LIKE '%%India%%'",
                "events"))
        .isEmpty();
  }

  @Test
  void aCopyOfADocumentAnotherMonthHoldsIsNotStoredAgain() throws Exception {
    assertThat(
            strings(out, "SELECT month FROM %s WHERE uri = 'https://example.org/m2'", "documents"))
        .containsExactly("2024-03|");
  }

  @Test
  void noTableKeepsRowsOfADocumentTheMonthNoLongerHas() throws Exception {
    for (String table :
        List.of(
            "sentences",
            "events",
            "actor_mentions",
            "document_signatures",
            "document_assessments")) {
      assertThat(
              strings(
                  out,
                  "SELECT DISTINCT doc_id FROM %s WHERE month = '2024-04' AND doc_id NOT IN"
                      + " (SELECT doc_id FROM "
                      + Equivalence.parquet(out, "documents")
                      + " WHERE month = '2024-04')",
                  table))
          .as(table)
          .isEmpty();
    }
    assertThat(Files.exists(out.resolve("document_assessments/month=2024-04"))).isFalse();
  }

  @Test
  void theOtherMonthIsLeftAsItWas() throws IOException {
    assertThat(files(out.resolve("documents/month=2024-03"))).isEqualTo(marchBefore).isNotEmpty();
  }

  @Test
  void mergedTablesAreThoseOfOneRunOverTheSameDocuments() throws Exception {
    for (String table :
        List.of("claims", "claim_mentions", "assessments", "assessment_mentions", "families")) {
      assertThat(strings(out, "SELECT * EXCLUDE (month) FROM %s ORDER BY ALL", table))
          .as(table)
          .isEqualTo(strings(reference, "SELECT * EXCLUDE (month) FROM %s ORDER BY ALL", table));
    }
    assertThat(strings(out, "SELECT claim_id FROM %s", "claims")).isNotEmpty();
    // The near copy in April joins the family of its March original.
    assertThat(
            strings(
                out,
                "SELECT count(DISTINCT month) FROM %s WHERE family_id IN (SELECT family_id FROM %1$s GROUP BY family_id HAVING count(*) > 1)",
                "families"))
        .containsExactly("2|");
  }

  /** Rows of {@code sql} over a table's Parquet, each row as one string. */
  private static List<String> strings(Path output, String sql, String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(String.format(sql, Equivalence.parquet(output, table)))) {
      List<String> rows = new java.util.ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(r.getString(i)).append('|');
        }
        rows.add(sb.toString());
      }
      return rows;
    }
  }

  private static Map<Path, FileTime> files(Path dir) throws IOException {
    Map<Path, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        times.put(f.getFileName(), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }
}
