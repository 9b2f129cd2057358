package dev.dyad.spark;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.dictionaries.DictionarySpec;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import dev.dyad.report.json.Json;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.IngestSettings;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The two paths side by side: inputs ingested into an embedded store as {@code dyad ingest} does
 * ({@link Store#ingestRaw}), and the same inputs through a Spark run; then every table compared row
 * for row in DuckDB, the store's tables against the run's Parquet.
 */
final class Equivalence {
  /** Tables compared on every column the store has, but {@link #STORE_ORDER}. */
  static final List<String> WHOLE =
      List.of(
          "sentences",
          "events",
          "actor_mentions",
          "document_signatures",
          "document_assessments",
          "claims",
          "claim_mentions",
          "assessments",
          "assessment_mentions");

  /**
   * The store's numbering of documents, which a sentence keeps to be read back by it: the run
   * numbers its own (documents' {@code run_id, seq}), and an import renumbers them.
   */
  private static final List<String> STORE_ORDER = List.of("seq");

  /** Document columns that depend on the run, not on the documents. */
  private static final List<String> RUN_COLUMNS =
      List.of("seq", "family_id", "ingested_at", "run_id", "metadata");

  private Equivalence() {}

  static Path ingest(List<String> inputs, Path db) {
    return ingest(inputs, db, DictionarySpec.BUILTIN);
  }

  /** As {@code dyad ingest --dictionaries SPEC}. */
  static Path ingest(List<String> inputs, Path db, DictionarySpec spec) {
    Pipeline pipeline =
        Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS, Optional.empty(), spec));
    try (Store store = Store.open(db);
        Stream<RawDocument> raws =
            Ingest.read(inputs, IngestOptions.DEFAULTS, Problems.counting())) {
      store.ingestRaw(
          raws,
          pipeline,
          CoderVersion.of(Optional.empty(), pipeline.dictionaries()),
          Problems.counting(),
          IngestSettings.of(inputs));
    }
    return db;
  }

  static RunSummary spark(SparkSession spark, List<String> inputs, Path out) {
    return spark(spark, inputs, out, DictionarySpec.BUILTIN);
  }

  /** As {@code dyad spark --dictionaries SPEC}. */
  static RunSummary spark(SparkSession spark, List<String> inputs, Path out, DictionarySpec spec) {
    return SparkRun.run(
        spark,
        new SparkRun.Settings(
            inputs,
            out.toString(),
            Optional.empty(),
            IngestOptions.DEFAULT_MAX_DOCUMENT_BYTES,
            3,
            spec),
        p -> {});
  }

  /** What differs, one line per table that does; empty when the two hold the same rows. */
  static List<String> differences(Path db, Path out) throws SQLException {
    List<String> diffs = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + db + "' AS s (READ_ONLY)");
      for (String table : WHOLE) {
        String cols = String.join(", ", columns(s, table, STORE_ORDER));
        compare(
            s,
            table,
            "SELECT " + cols + " FROM s." + table,
            "SELECT " + cols + " FROM " + parquet(out, table),
            diffs);
      }
      String docCols = String.join(", ", columns(s, "documents", RUN_COLUMNS));
      compare(
          s,
          "documents",
          "SELECT " + docCols + " FROM s.documents",
          "SELECT " + docCols + " FROM " + parquet(out, "documents"),
          diffs);
      // Quirk: metadata is JSON of an immutable map, whose key order is the JVM's: compared parsed.
      Map<String, Map<String, String>> storeMeta = metadata(s, "s.documents");
      Map<String, Map<String, String>> sparkMeta = metadata(s, parquet(out, "documents"));
      if (!storeMeta.equals(sparkMeta)) {
        diffs.add("documents: metadata differs");
      }
      if (!diffs.isEmpty()) {
        diffs.add(
            "documents differ in "
                + differingColumns(s, out, columns(s, "documents", RUN_COLUMNS)));
      }
      compare(
          s,
          "source families",
          "SELECT doc_id, family_id FROM s.documents",
          "SELECT doc_id, family_id FROM " + parquet(out, "families"),
          diffs);
      compare(
          s,
          "document order",
          "SELECT doc_id, row_number() OVER (ORDER BY seq) FROM s.documents",
          "SELECT doc_id, row_number() OVER (ORDER BY run_id, seq) FROM "
              + parquet(out, "documents"),
          diffs);
    }
    return diffs;
  }

  /** Rows of {@code table} in the store, for a test's own checks. */
  static long count(Path db, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + db + "' AS s (READ_ONLY)");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM s." + table)) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  static String parquet(Path out, String table) {
    return "read_parquet('"
        + out.resolve(table)
        + "/**/*.parquet', hive_partitioning = true, hive_types = {'month': VARCHAR})";
  }

  private static void compare(
      Statement s, String what, String store, String spark, List<String> diffs)
      throws SQLException {
    long onlyStore = count(s, "SELECT count(*) FROM (" + store + " EXCEPT ALL " + spark + ")");
    long onlySpark = count(s, "SELECT count(*) FROM (" + spark + " EXCEPT ALL " + store + ")");
    long rows = count(s, "SELECT count(*) FROM (" + store + ")");
    if (onlyStore > 0 || onlySpark > 0) {
      diffs.add(
          what
              + ": "
              + onlyStore
              + " of "
              + rows
              + " store rows not in the Spark output, "
              + onlySpark
              + " Spark rows not in the store");
    }
  }

  private static Map<String, Map<String, String>> metadata(Statement s, String from)
      throws SQLException {
    Map<String, Map<String, String>> out = new HashMap<>();
    try (ResultSet r = s.executeQuery("SELECT doc_id, metadata FROM " + from)) {
      while (r.next()) {
        out.put(r.getString(1), Json.stringMap(r.getString(2)));
      }
    }
    return out;
  }

  /** The document columns whose values differ for some document, to say where to look. */
  private static List<String> differingColumns(Statement s, Path out, List<String> cols)
      throws SQLException {
    List<String> differing = new ArrayList<>();
    for (String c : cols) {
      String store = "SELECT doc_id, " + c + " FROM s.documents";
      String spark = "SELECT doc_id, " + c + " FROM " + parquet(out, "documents");
      if (count(s, "SELECT count(*) FROM (" + store + " EXCEPT ALL " + spark + ")") > 0) {
        differing.add(c);
      }
    }
    return differing;
  }

  private static List<String> columns(Statement s, String table, List<String> except)
      throws SQLException {
    List<String> cols = new ArrayList<>();
    try (ResultSet r =
        s.executeQuery(
            "SELECT column_name FROM information_schema.columns WHERE table_catalog = 's' AND"
                + " table_name = '"
                + table
                + "' ORDER BY ordinal_position")) {
      while (r.next()) {
        if (!except.contains(r.getString(1))) {
          cols.add(r.getString(1));
        }
      }
    }
    return cols;
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
