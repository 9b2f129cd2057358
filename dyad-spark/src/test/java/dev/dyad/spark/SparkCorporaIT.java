package dev.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared corpora ({@code ../shared/corpus}, read in place; skipped when absent) through Spark
 * in local mode against the embedded store: the web-scraped seed files and the 295 Wikinews
 * articles give the same rows in every table, so the same event, claim and assessment ids, counts
 * and statuses, and the same source families.
 */
class SparkCorporaIT {
  @TempDir static Path tmp;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theSeedsGiveTheRowsOfTheEmbeddedStore() throws Exception {
    same("seeds", Corpora.seeds());
  }

  @Test
  void wikinewsGivesTheRowsOfTheEmbeddedStore() throws Exception {
    same("wikinews", Corpora.wikinews());
  }

  private static void same(String name, Path corpus) throws Exception {
    List<String> inputs = List.of(corpus.toString());
    Path db = Equivalence.ingest(inputs, tmp.resolve(name + ".db"));
    Path out = tmp.resolve(name);
    RunSummary run = Equivalence.spark(spark, inputs, out);
    System.out.printf(
        "%s: %d documents, %d events, %d claims, %d assessments, %d families%n",
        name, run.stored(), run.events(), run.claims(), run.assessments(), run.families());
    assertThat(Equivalence.differences(db, out)).isEmpty();
    assertThat(run.stored()).isEqualTo(Equivalence.count(db, "documents")).isPositive();
    assertThat(run.events()).isEqualTo(Equivalence.count(db, "events")).isPositive();
    assertThat(run.claims()).isEqualTo(Equivalence.count(db, "claims")).isPositive();
  }
}
