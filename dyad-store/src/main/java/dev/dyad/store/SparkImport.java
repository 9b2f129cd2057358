package dev.dyad.store;

import dev.dyad.report.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Loads the output of a {@code dyad spark} run (Parquet tables with the store's columns, in one
 * folder per table, partitioned by month) into a new store, with DuckDB's own Parquet reader, in
 * one transaction; then brings the search index in step. The claim and assessment tables are taken
 * as the run merged them (the same as a store's rebuild over the same documents), so the brief, the
 * analytics and every query work on the store at once, with no replay.
 *
 * <p>Documents are numbered ({@code seq}) in the order the Spark runs read them: by run, then input
 * order. Each document's source family is the one of the run's {@code families} table, which the
 * last run rewrote over every month. The folder must be on a local (or mounted) file system.
 */
public final class SparkImport {
  /** What an import loaded. */
  public record Summary(String runId, long documents, long events, long claims, long assessments) {}

  /** Tables copied column for column (the store's columns, read by name). */
  private static final List<String> COPIED =
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

  private SparkImport() {}

  /**
   * Loads {@code dir} into {@code store}, which must hold no documents.
   *
   * @throws StoreException if the store holds documents, or the folder is not a Spark run's output
   */
  public static Summary into(Store store, Path dir) {
    Path documents = dir.resolve("documents");
    if (!hasParquet(documents)) {
      throw new StoreException(
          dir + " is not the output of dyad spark: it has no documents/ folder of Parquet files",
          null);
    }
    Connection c = store.connection();
    String runId = UUID.randomUUID().toString();
    try {
      if (count(c, "SELECT count(*) FROM documents") > 0) {
        throw new StoreException(
            "dyad import-spark loads into a new store; " + store.path() + " holds documents", null);
      }
      try (PreparedStatement p = c.prepareStatement(Sql.get("start-run"))) {
        p.setString(1, runId);
        p.setString(2, "import-spark");
        p.setTimestamp(3, Timestamp.from(Instant.now()));
        p.setString(4, Json.write(List.of(dir.toString())));
        p.executeUpdate();
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(insertDocuments(dir, runId));
        for (String table : COPIED) {
          if (hasParquet(dir.resolve(table))) {
            s.execute(copy(c, table, dir.resolve(table)));
          }
        }
        // A run's sentences do not carry the store's numbering of their documents.
        s.execute(
            "UPDATE sentences SET seq = d.seq FROM documents d WHERE d.doc_id = sentences.doc_id");
        if (hasParquet(dir.resolve("claims"))
            && !columns(c, dir.resolve("claims")).contains("placed_on")) {
          // A run older than the claims' placement: placed here, by the rule the run now applies.
          StoredPlacements.fill(c);
        }
        long docs = count(c, "SELECT count(*) FROM documents");
        long events = count(c, "SELECT count(*) FROM events");
        try (PreparedStatement u = c.prepareStatement(Sql.get("update-run"))) {
          u.setLong(1, docs);
          u.setLong(2, docs);
          u.setLong(3, 0);
          u.setLong(4, 0);
          u.setLong(5, 0);
          u.setLong(6, events);
          u.setString(7, runId);
          u.executeUpdate();
        }
        // The claim tables are the run's: mark them built over every document.
        try (PreparedStatement p = c.prepareStatement(Sql.get("set-state"))) {
          p.setString(1, "claims_seq");
          p.setString(2, Long.toString(count(c, "SELECT coalesce(max(seq), 0) FROM documents")));
          p.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      BackgroundSearchSync.start(c, store.searchIndexPath(), store::notice).await();
      try (PreparedStatement p = c.prepareStatement(Sql.get("finish-run"))) {
        p.setTimestamp(1, Timestamp.from(Instant.now()));
        p.setString(2, "done");
        p.setString(3, runId);
        p.executeUpdate();
      }
      return new Summary(
          runId,
          count(c, "SELECT count(*) FROM documents"),
          count(c, "SELECT count(*) FROM events"),
          count(c, "SELECT count(*) FROM claims"),
          count(c, "SELECT count(*) FROM assessments"));
    } catch (SQLException e) {
      throw new StoreException("importing " + dir + " failed: " + e.getMessage(), e);
    }
  }

  private static String insertDocuments(Path dir, String runId) {
    String families =
        hasParquet(dir.resolve("families"))
            ? " LEFT JOIN " + parquet(dir.resolve("families")) + " f USING (doc_id)"
            : "";
    String family = families.isEmpty() ? "d.family_id" : "coalesce(f.family_id, d.family_id)";
    return "INSERT INTO documents (doc_id, seq, uri, origin, title, published,"
        + " published_alternatives, published_source, published_evidence, family_id, raw_text,"
        + " clean_text, warnings, metadata, ingested_at, run_id) SELECT d.doc_id,"
        + " row_number() OVER (ORDER BY d.run_id, d.seq), d.uri, d.origin, d.title, d.published,"
        + " d.published_alternatives, d.published_source, d.published_evidence, "
        + family
        + ", d.raw_text, d.clean_text, d.warnings, d.metadata, d.ingested_at, "
        + literal(runId)
        + " FROM "
        + parquet(dir.resolve("documents"))
        + " d"
        + families;
  }

  /**
   * An INSERT of the store's columns of {@code table}, read from the Parquet files by name. A
   * column the files lack (the output of an older dyad spark) keeps the store's default: events
   * imported without {@code dictionaries} read {@code builtin}.
   */
  private static String copy(Connection c, String table, Path folder) throws SQLException {
    java.util.Set<String> present = columns(c, folder);
    StringBuilder columns = new StringBuilder();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (present.contains(r.getString(1))) {
            columns.append(columns.length() == 0 ? "" : ", ").append(r.getString(1));
          }
        }
      }
    }
    return "INSERT INTO "
        + table
        + " ("
        + columns
        + ") SELECT "
        + columns
        + " FROM "
        + parquet(folder);
  }

  /** The columns of the Parquet files under {@code folder}. */
  private static java.util.Set<String> columns(Connection c, Path folder) throws SQLException {
    java.util.Set<String> present = new java.util.HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + parquet(folder))) {
      while (r.next()) {
        present.add(r.getString(1));
      }
    }
    return present;
  }

  private static String parquet(Path folder) {
    return "read_parquet("
        + literal(folder.toAbsolutePath() + "/**/*.parquet")
        + ", hive_partitioning = true, hive_types = {'month': VARCHAR}, union_by_name = true)";
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static boolean hasParquet(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
