package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.store.IngestedStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derived data behind the documents (finding 11): claims left from before the last documents, a
 * deleted or damaged sentence index. Readers say so with the command that repairs it, and that
 * command (or the next ingest) repairs it.
 */
class StaleDataTest {
  @TempDir Path dir;

  @Test
  void claimsBehindTheDocumentsAreToldAndIngestWithNoPathRepairsThem() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("dyad.db"));
    String fresh = Cli.run("claims", "--db", db.toString(), "--format", "jsonl").out();
    // What an ingest killed between its last batch and the claim rebuild leaves.
    sql(db, "UPDATE store_state SET value = '3' WHERE key = 'claims_seq'");
    sql(db, "DELETE FROM claims WHERE claim_id IN (SELECT claim_id FROM claims LIMIT 5)");

    for (String[] reader :
        List.of(
            new String[] {"claims", "--db", db.toString()},
            new String[] {"dyads", "--db", db.toString()},
            new String[] {"brief", "--db", db.toString(), "--dyad", "PRK,RUS"},
            new String[] {
              "export",
              "claims",
              "--db",
              db.toString(),
              "--format",
              "csv",
              "--output",
              dir.resolve("claims.csv").toString()
            })) {
      Cli cli = Cli.run(reader);
      assertThat(cli.exit()).as(cli.err()).isZero();
      assertThat(cli.err())
          .as(reader[0])
          .contains("dyad: warning: the claims and assessments in " + db + " are behind")
          .contains("built to document 3 of ")
          .contains("bring them up to date with: dyad ingest --db " + db);
    }

    Cli repair = Cli.run("ingest", "--db", db.toString());
    assertThat(repair.exit()).as(repair.err()).isZero();

    Cli after = Cli.run("claims", "--db", db.toString(), "--format", "jsonl");
    assertThat(after.err()).doesNotContain("warning");
    assertThat(after.out()).isEqualTo(fresh);
  }

  @Test
  void aDeletedSearchIndexIsToldAndRebuiltByIngestWithNoPath() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("dyad.db"));
    String fresh = Cli.run("search", "--db", db.toString(), "troops").out();
    assertThat(fresh).isNotEmpty();
    deleteTree(Path.of(db + ".lucene"));

    Cli missing = Cli.run("search", "--db", db.toString(), "troops");
    assertThat(missing.err())
        .contains("dyad: warning: the sentence index " + db + ".lucene is missing")
        .contains("rebuild it with: dyad ingest --db " + db);

    assertThat(Cli.run("ingest", "--db", db.toString()).exit()).isZero();
    Cli after = Cli.run("search", "--db", db.toString(), "troops");
    assertThat(after.err()).doesNotContain("warning");
    assertThat(after.out()).isEqualTo(fresh);
  }

  @Test
  void aDamagedSearchIndexIsRebuiltByTheNextIngestNotLeftToFailIt() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("dyad.db"));
    truncateEveryFile(Path.of(db + ".lucene"));

    Cli told = Cli.run("search", "--db", db.toString(), "troops");
    assertThat(told.err())
        .contains("dyad: warning: the sentence index " + db + ".lucene cannot be read")
        .contains("rebuild it with: dyad ingest --db " + db);

    Path more =
        Files.writeString(
            dir.resolve("more.jsonl"),
            "{\"url\":\"https://example.org/more\",\"title\":\"More\",\"published\":\"2026-03-14\","
                + "\"text\":\"Japan sent medical supplies to Turkey on Monday, officials said.\"}\n");
    Cli ingest = Cli.run("ingest", "--db", db.toString(), more.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.err())
        .contains("dyad: the sentence index " + db + ".lucene was damaged")
        .contains("rebuilt it from the store");

    // The same documents ingested into a clean store answer the same.
    Path clean = IngestedStore.examples(dir.resolve("clean.db"));
    assertThat(Cli.run("ingest", "--db", clean.toString(), more.toString()).exit()).isZero();
    Cli after = Cli.run("search", "--db", db.toString(), "troops");
    assertThat(after.err()).doesNotContain("warning");
    assertThat(after.out()).isEqualTo(Cli.run("search", "--db", clean.toString(), "troops").out());
    assertThat(Cli.run("search", "--db", db.toString(), "medical", "supplies").out())
        .contains("https://example.org/more");
  }

  private static void sql(Path db, String statement) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static void truncateEveryFile(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
          raf.setLength(raf.length() / 2);
        }
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
