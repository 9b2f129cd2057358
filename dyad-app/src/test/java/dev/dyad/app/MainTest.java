package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  @Test
  void helpListsEveryCommandWithOneLine() {
    Cli cli = Cli.run("--help");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("Commands:");
    for (String command :
        new String[] {
          "demo",
          "clean",
          "code",
          "claims",
          "assessments",
          "ingest",
          "recode",
          "spark",
          "import-spark",
          "events",
          "search",
          "export",
          "bench",
          "help"
        }) {
      assertThat(cli.out()).containsPattern("(?m)^\\s+" + command + "\\s+\\S");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "clean",
        "code",
        "claims",
        "assessments",
        "bench",
        "bench ingest",
        "bench code",
        "import-spark"
      })
  void everyCommandExplainsItselfWithHelp(String command) {
    String[] args = (command + " --help").split(" ");
    Cli cli = Cli.run(args);
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).startsWith("Usage: dyad " + command);
  }

  @Test
  void bareDyadIsAUsageError() {
    Cli cli = Cli.run();
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("Missing a command").contains("Commands:");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli cli = Cli.run("clean", "--no-such-option", "x.txt");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--no-such-option");
  }
}
