package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad search} over a real store and its sentence index. */
class SearchCommandTest {
  private static final Path CORPUS = Corpora.examples();

  @TempDir Path dir;

  private Cli ingest(Path db) {
    Cli cli = Cli.run("ingest", "--db", db.toString(), CORPUS.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    return cli;
  }

  @Test
  void findsTheWireReportAndItsCopyWithTheirEvents() {
    Path db = dir.resolve("dyad.db");
    ingest(db);

    Cli cli = Cli.run("search", "--db", db.toString(), "--format", "jsonl", "artillery", "shells");

    assertThat(cli.exit()).as(cli.err()).isZero();
    String[] lines = cli.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(line).contains("\"event_type\":\"AID\"").contains("\"modality\":\"reported\"");
    }
  }

  @Test
  void neverDuplicatesSentencesAndRepairsALostIndexOnTheNextIngest() throws IOException {
    Path db = dir.resolve("dyad.db");
    ingest(db);
    String first = Cli.run("search", "--db", db.toString(), "--limit", "100", "Russia").out();

    ingest(db);
    assertThat(Cli.run("search", "--db", db.toString(), "--limit", "100", "Russia").out())
        .isEqualTo(first);

    // A run killed between the database commit and the index commit leaves the index behind.
    try (Stream<Path> files = Files.walk(dir.resolve("dyad.db.lucene"))) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertThat(Cli.run("search", "--db", db.toString(), "Russia").out()).isEmpty();
    ingest(db);
    assertThat(Cli.run("search", "--db", db.toString(), "--limit", "100", "Russia").out())
        .isEqualTo(first);
  }
}
