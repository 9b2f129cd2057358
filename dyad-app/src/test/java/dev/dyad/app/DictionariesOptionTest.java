package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dictionaries SPEC} on every command that codes. */
class DictionariesOptionTest {
  @TempDir Path dir;

  @Test
  void everyCommandThatCodesTakesTheOption() {
    for (String command : new String[] {"code", "ingest", "recode", "claims", "assessments"}) {
      Cli cli = Cli.run(command, "--help");
      assertThat(cli.out())
          .as(command)
          .contains("--dictionaries=SPEC")
          .contains("Default: builtin");
    }
  }

  @Test
  void codesWithAPetrarchSetAloneOrMergedWithTheBuiltInOne() throws IOException {
    Files.writeString(
        dir.resolve("news.txt"), "Ruritania bestowed a subsidy on Graustark on Monday.\n");
    Files.writeString(
        dir.resolve("verbs.txt"), "--- BESTOW  [070] ---\nBESTOW\n- * SUBSIDY [071]\n");
    Files.writeString(dir.resolve("states.txt"), "RURITANIA [RUR]\n\nGRAUSTARK [GRK]\n");
    Path ini =
        Files.writeString(
            dir.resolve("set.ini"),
            "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = states.txt\n");
    String news = dir.resolve("news.txt").toString();

    Cli builtIn = Cli.run("code", news);
    assertThat(builtIn.exit()).as(builtIn.err()).isZero();
    assertThat(builtIn.out()).doesNotContain("\"RUR\"");

    Cli petrarch = Cli.run("code", "--dictionaries", "petrarch:" + ini, news);
    assertThat(petrarch.exit()).as(petrarch.err()).isZero();
    assertThat(petrarch.out())
        .contains("\"code\":\"RUR\"")
        .contains("\"code\":\"GRK\"")
        .contains("\"cameo\":\"071\"")
        .contains("\"event_type\":\"AID\"")
        .contains("\"pattern\":\"verbs.txt:3\"");

    Cli merged = Cli.run("code", "--dictionaries", "builtin+petrarch:" + ini, news);
    assertThat(merged.exit()).as(merged.err()).isZero();
    assertThat(merged.out()).contains("\"cameo\":\"071\"");
  }

  @Test
  void aBadSetIsAUsageErrorNamingIt() {
    Cli bad = Cli.run("code", "--dictionaries", "petrarch", dir.toString());
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err()).contains("--dictionaries").contains("unknown dictionary set");
    Cli missing =
        Cli.run("code", "--dictionaries", "petrarch:" + dir.resolve("none.ini"), dir.toString());
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(missing.err()).contains("none.ini");
  }
}
