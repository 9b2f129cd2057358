package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting the shared seeds and Wikinews sample twice stores them once. An integration test
 * (Failsafe, in {@code mvn verify}): two ingests of the whole shared corpus into DuckDB.
 */
class IngestIdempotenceIT {
  private static final List<String> TABLES =
      List.of(
          "documents",
          "sentences",
          "events",
          "claims",
          "claim_mentions",
          "assessments",
          "assessment_mentions");

  @TempDir Path dir;

  @Test
  void ingestingTheSeedsAndWikinewsTwiceChangesNothing() throws SQLException {
    Path seeds = Corpora.seeds();
    Path wikinews = Corpora.wikinews();
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    List<String> inputs = List.of(seeds.toString(), wikinews.toString());

    try (Store store = Store.open(dir.resolve("twice.db"))) {
      IngestSummary first = ingest(store, pipeline, inputs);
      Map<String, Long> afterFirst = counts(store);
      String claimIds = claimIds(store);

      IngestSummary second = ingest(store, pipeline, inputs);

      assertThat(first.stored()).isEqualTo(first.read()).isGreaterThan(295);
      assertThat(second.stored()).isZero();
      assertThat(second.alreadyStored()).isEqualTo(first.read());
      assertThat(counts(store)).isEqualTo(afterFirst);
      assertThat(claimIds(store)).isEqualTo(claimIds);
      assertThat(afterFirst.get("events")).isPositive();
      assertThat(afterFirst.get("claims")).isPositive();
    }
  }

  private static IngestSummary ingest(Store store, Pipeline pipeline, List<String> inputs) {
    try (Stream<Document> docs = pipeline.documents(inputs, Problems.counting())) {
      return store.ingest(
          docs,
          pipeline,
          CoderVersion.of(Optional.empty()),
          Problems.counting(),
          new IngestSettings(inputs, 100, p -> {}));
    }
  }

  private static Map<String, Long> counts(Store store) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String table : TABLES) {
      out.put(table, long1(store, "SELECT count(*) FROM " + table));
    }
    out.put("families", long1(store, "SELECT count(DISTINCT family_id) FROM documents"));
    return out;
  }

  private static String claimIds(Store store) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet r =
            s.executeQuery("SELECT string_agg(claim_id, ',' ORDER BY claim_id) FROM claims")) {
      r.next();
      return r.getString(1);
    }
  }

  private static long long1(Store store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
