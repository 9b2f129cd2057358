package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.store.IngestedStore;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad brief} end to end over a real store of the sample corpus. */
class BriefCommandTest {
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void ingest() {
    db = IngestedStore.examples(dir.resolve("brief.db")).toString();
  }

  @Test
  void writesTheDyadBriefInMarkdownWithEverySection() {
    Cli cli = Cli.run("brief", "--db", db, "--dyad", "PRK,RUS");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .startsWith("# Brief: North Korea – Russia\n")
        .contains(
            "## Bottom line",
            "## Key developments",
            "## Unconfirmed",
            "## Reactions",
            "## Assessments",
            "## Timeline",
            "## Sources",
            "**Source quality.**");
    assertThat(cli.err()).contains("dyad: brief North Korea – Russia:").contains("built in");
  }

  @Test
  void writesOneSelfContainedHtmlFile() {
    Cli cli = Cli.run("brief", "--db", db, "--dyad", "rus,prk", "--format", "html");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>Brief: Russia – North Korea</h1>", "<svg", "@media print")
        .doesNotContain("<script", "<link");
  }

  @Test
  void briefsOneActor() {
    Cli cli = Cli.run("brief", "--db", db, "--actor", "KOR");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .startsWith("# Brief: South Korea\n")
        .contains("involving South Korea", "South Korea criticized Russia");
  }

  @Test
  void keepsToThePeriod() {
    Cli cli =
        Cli.run(
            "brief",
            "--db",
            db,
            "--dyad",
            "PRK,RUS",
            "--since",
            "2026-06-01",
            "--until",
            "2026-06-30");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("Reports from 1 June to 30 June 2026", "North Korea deployed troops to Russia")
        .doesNotContain("Seoul says");
  }

  @Test
  void usageErrorsExit2() {
    assertThat(Cli.run("brief", "--db", db).exit()).isEqualTo(2);
    Cli both = Cli.run("brief", "--db", db, "--dyad", "PRK,RUS", "--actor", "RUS");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("either --dyad A,B or --actor CODE");
    assertThat(Cli.run("brief", "--db", db, "--dyad", "PRK").exit()).isEqualTo(2);
    assertThat(Cli.run("brief", "--db", db, "--dyad", "PRK,PRK").exit()).isEqualTo(2);
    Cli backwards =
        Cli.run(
            "brief",
            "--db",
            db,
            "--actor",
            "RUS",
            "--since",
            "2026-06-02",
            "--until",
            "2026-06-01");
    assertThat(backwards.exit()).isEqualTo(2);
    assertThat(backwards.err()).contains("before it starts");
    assertThat(Cli.run("brief", "--db", db, "--actor", "RUS", "--format", "pdf").exit())
        .isEqualTo(2);
  }

  @Test
  void aMissingStoreExits3WithOneLine() {
    Cli cli = Cli.run("brief", "--db", dir.resolve("none.db").toString(), "--dyad", "PRK,RUS");
    assertThat(cli.exit()).isEqualTo(3);
    assertThat(cli.err()).startsWith("dyad: no store at");
  }
}
