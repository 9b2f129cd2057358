package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article whose URL and title carry terminal escape sequences: nothing Dyad prints for a person
 * passes them on raw (finding 10).
 */
class TerminalEscapesTest {
  /** Retitles the window, clears the screen, and a C1 CSI that turns text red. */
  private static final String URL = "https://x.example/\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m";

  @TempDir static Path dir;
  private static Path input;
  private static Path db;

  @BeforeAll
  static void ingest() throws IOException {
    input =
        Files.writeString(
            dir.resolve("escapes.jsonl"),
            "{\"url\":\""
                + URL
                + "\",\"title\":\"Shells \\u001b[8mhidden\",\"published\":\"2026-03-14\","
                + "\"text\":\"North Korea shipped artillery shells to Russia in March, officials in"
                + " Seoul said. Analysts said the trade could lead to an arms race.\"}\n");
    db = dir.resolve("dyad.db");
    Cli cli = Cli.run("ingest", "--db", db.toString(), input.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "clean INPUT",
        "clean --json INPUT",
        "code INPUT",
        "claims INPUT",
        "search --db DB shells",
        "claims --db DB",
        "events --db DB --format csv",
        "brief --db DB --dyad PRK,RUS",
        "brief --db DB --dyad PRK,RUS --format html"
      })
  void noControlCharacterReachesTheTerminal(String command) {
    Cli cli =
        Cli.run(command.replace("INPUT", input.toString()).replace("DB", db.toString()).split(" "));

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).as(command).contains("x.example/");
    for (String output : new String[] {cli.out(), cli.err()}) {
      assertThat(output.chars().filter(c -> ControlFilter.dropped((char) c))).as(command).isEmpty();
    }
  }
}
