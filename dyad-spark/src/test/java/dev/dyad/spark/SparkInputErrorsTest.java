package dev.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input in a Spark run is what it is in {@code dyad ingest}: each bad file, line or record is
 * one data error naming it, counted by code and kept in the problems table, and the rest of the run
 * goes on. Parquet inputs are read as JSON Lines rows.
 */
class SparkInputErrorsTest {
  @TempDir static Path tmp;
  private static SparkSession spark;
  private static RunSummary run;
  private static final List<Problem> reported = new CopyOnWriteArrayList<>();
  private static Path out;

  @BeforeAll
  static void run() throws Exception {
    spark = LocalSpark.start();
    Path in = tmp.resolve("in");
    Articles.jsonl(
        in.resolve("a-good.jsonl"),
        List.of(
            Articles.article("one", "2024-03-04", "Russia signed an agreement with China."),
            Articles.article("two", "2024-03-05", "Japan condemned North Korea.")));
    String bad =
        Files.readString(
                Articles.jsonl(
                    tmp.resolve("b.jsonl"),
                    List.of(Articles.article("three", "2024-03-06", "Iran accused Israel."))))
            + "{this is not json\n";
    Files.writeString(in.resolve("b-half-bad.jsonl"), bad, StandardCharsets.UTF_8);
    Files.write(in.resolve("c-broken.warc.gz"), new byte[] {31, -117, 8, 0, 1, 2, 3});
    Files.write(in.resolve("d-not-parquet.parquet"), "PAR1 but not really".getBytes());
    Files.writeString(in.resolve("e-ignored.csv"), "a,b\n");
    // A real Parquet file of articles, one row without text.
    spark
        .createDataFrame(
            List.of(
                row("https://example.org/p1", "2024-04-02", "Turkey criticized Sweden."),
                row("https://example.org/p2", "2024-04-03", null)),
            DataTypes.createStructType(
                List.of(
                    DataTypes.createStructField("url", DataTypes.StringType, true),
                    DataTypes.createStructField("published", DataTypes.StringType, true),
                    DataTypes.createStructField("text", DataTypes.StringType, true))))
        .coalesce(1)
        .write()
        .parquet(in.resolve("f-articles").toString());
    out = tmp.resolve("out");
    run =
        SparkRun.run(
            spark,
            new SparkRun.Settings(
                List.of(in.toString()), out.toString(), Optional.empty(), 20L << 20, 2),
            reported::add);
  }

  private static Row row(String url, String date, String event) {
    return org.apache.spark.sql.RowFactory.create(
        url, date, event == null ? null : Articles.article("p", date, event).get("text"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void goodDocumentsAreStoredBesideTheBadOnes() {
    assertThat(run.stored()).isEqualTo(4);
  }

  @Test
  void eachBadInputIsCountedByItsCode() {
    assertThat(run.failures())
        .containsEntry("MALFORMED_JSON", 2L)
        .containsEntry("UNREADABLE", 1L)
        .containsKey("TRUNCATED");
    assertThat(run.skipped()).isPositive();
  }

  @Test
  void errorsNameTheFileAndThePlaceInIt() {
    assertThat(reported)
        .extracting(Problem::where)
        .anyMatch(w -> w.endsWith("b-half-bad.jsonl line 2"))
        .anyMatch(w -> w.endsWith("d-not-parquet.parquet"))
        .anyMatch(w -> w.contains("f-articles/part-") && w.endsWith(".parquet row 2"));
  }

  @Test
  void problemsAreKeptInTheOutput() {
    List<Row> rows =
        spark.read().parquet(out.resolve(RunTables.PROBLEMS_DIR).toString()).collectAsList();
    assertThat(rows).hasSize((int) run.failed());
    assertThat(rows).allSatisfy(r -> assertThat(r.getString(0)).isEqualTo(run.runId()));
  }

  @Test
  void parquetRowsAreDocumentsWithTheirRow() {
    List<Row> docs =
        spark
            .read()
            .parquet(out.resolve("documents").toString())
            .where("uri = 'https://example.org/p1'")
            .collectAsList();
    assertThat(docs).hasSize(1);
    assertThat((String) docs.get(0).getAs("origin")).endsWith(".parquet row 1");
    assertThat(Map.of("month", docs.get(0).getAs("month"))).containsEntry("month", "2024-04");
  }
}
