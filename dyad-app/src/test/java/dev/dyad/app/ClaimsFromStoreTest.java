package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad claims} and {@code dyad assessments} without paths read the store, with filters. */
class ClaimsFromStoreTest {
  private static final Path CORPUS = Corpora.examples();

  @TempDir Path dir;

  @Test
  void readsTheSameClaimsFromTheStoreAsFromThePaths() {
    Path db = dir.resolve("dyad.db");
    assertThat(Cli.run("ingest", "--db", db.toString(), CORPUS.toString()).exit()).isZero();

    Cli stored = Cli.run("claims", "--db", db.toString(), "--format", "jsonl");
    Cli stateless = Cli.run("claims", "--format", "jsonl", CORPUS.toString());

    assertThat(stored.exit()).as(stored.err()).isZero();
    assertThat(stored.out()).isEqualTo(stateless.out());
  }

  @Test
  void filtersByDyadAndStatus() {
    Path db = dir.resolve("dyad.db");
    Cli.run("ingest", "--db", db.toString(), CORPUS.toString());

    Cli cli =
        Cli.run(
            "claims",
            "--db",
            db.toString(),
            "--dyad",
            "RUS,PRK",
            "--status",
            "disputed",
            "--format",
            "jsonl");

    assertThat(cli.exit()).as(cli.err()).isZero();
    String[] lines = cli.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    assertThat(lines[0]).contains("\"status\":\"disputed\"").contains("\"documents\":5");
  }

  @Test
  void printsClaimsAndAssessmentsAsCsv() {
    Path db = dir.resolve("dyad.db");
    Cli.run("ingest", "--db", db.toString(), CORPUS.toString());

    Cli claims = Cli.run("claims", "--db", db.toString(), "--dyad", "PRK,RUS", "--format", "csv");
    Cli assessments = Cli.run("assessments", "--db", db.toString(), "--format", "csv");

    assertThat(claims.exit()).as(claims.err()).isZero();
    assertThat(claims.out()).startsWith("claim_id,statement,source_code");
    assertThat(claims.out()).contains("disputed");
    assertThat(assessments.exit()).as(assessments.err()).isZero();
    assertThat(assessments.out().lines().findFirst().orElseThrow()).startsWith("assessment_id,");
    assertThat(assessments.out().lines().count()).isGreaterThan(1);
  }

  @Test
  void saysWhenThereIsNoStore() {
    Cli cli = Cli.run("assessments", "--db", dir.resolve("none.db").toString());
    assertThat(cli.exit()).isEqualTo(3);
    assertThat(cli.err()).contains("none.db");
  }

  @Test
  void refusesAnUnknownStatus() {
    Cli cli = Cli.run("claims", "--status", "nonsense", CORPUS.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--status");
  }
}
