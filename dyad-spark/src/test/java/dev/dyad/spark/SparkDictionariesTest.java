package dev.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.dictionaries.DictionarySet;
import dev.dyad.core.dictionaries.DictionarySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad spark --dictionaries builtin+petrarch:FILE.ini}: the set's files go to the executors
 * with the broadcast, events are coded with the merged set and carry its spec and hash, as an
 * ingest with the same set stores them.
 */
class SparkDictionariesTest {
  @TempDir static Path tmp;
  private static SparkSession spark;
  private static DictionarySpec spec;
  private static Path db;
  private static Path out;
  private static RunSummary run;

  @BeforeAll
  static void bothPaths() throws Exception {
    // Two files of one name in two folders: the executor keeps them apart.
    Path set = Files.createDirectories(tmp.resolve("set"));
    Files.createDirectories(set.resolve("more"));
    Files.writeString(
        set.resolve("verbs.txt"), "--- BESTOW  [070] ---\nBESTOW\n- * SUBSIDY [071]\n");
    Files.writeString(set.resolve("states.txt"), "RURITANIA [RUR]\n");
    Files.writeString(set.resolve("more/states.txt"), "GRAUSTARK [GRK]\n");
    Path ini =
        Files.writeString(
            set.resolve("set.ini"),
            "[Dictionaries]\nverbfile_name = verbs.txt\n"
                + "actorfile_list = states.txt, more/states.txt\n");
    spec = DictionarySpec.parse("builtin+petrarch:" + ini);
    Path input =
        Articles.jsonl(
            tmp.resolve("in/news.jsonl"),
            List.of(
                Articles.plain("r1", "2024-03-04", "Ruritania bestowed a subsidy on Graustark."),
                Articles.article("r2", "2024-03-05", "Japan condemned North Korea.")));
    List<String> inputs = List.of(input.toString());
    db = Equivalence.ingest(inputs, tmp.resolve("store.db"), spec);
    spark = LocalSpark.start();
    out = tmp.resolve("out");
    run = Equivalence.spark(spark, inputs, out, spec);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void codesWithTheSetAndStampsItsSpecAndHashAsTheStoreDoes() throws Exception {
    assertThat(run.failed()).isZero();
    assertThat(Equivalence.differences(db, out)).isEmpty();
    assertThat(
            rows(
                "SELECT DISTINCT source_code || '>' || target_code || ' ' || cameo || ' '"
                    + " || dictionaries || ' ' || dictionaries_hash FROM "
                    + Equivalence.parquet(out, "events")))
        .contains("RUR>GRK 071 " + spec.text() + " " + DictionarySet.load(spec).hash())
        .anyMatch(r -> r.startsWith("JPN>PRK"));
  }

  @Test
  void stampsTheRowsOfTheRunWithAHashThatNamesTheSet() throws Exception {
    List<String> hashes =
        rows("SELECT DISTINCT dictionary_hash FROM " + Equivalence.parquet(out, "claims"));
    assertThat(hashes).hasSize(1);
    String builtIn = dev.dyad.store.CoderVersion.of(java.util.Optional.empty()).dictionaryHash();
    assertThat(hashes.get(0)).matches("[0-9a-f]{16}").isNotEqualTo(builtIn);
  }

  private static List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
