package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesCommandTest {
  @TempDir Path dir;

  @Test
  void checkPrintsWhatWasReadMergedAndSkippedWithTheLines() throws IOException {
    Files.writeString(
        dir.resolve("verbs.txt"), "--- BESTOW  [070] ---\nBESTOW\n- * GRANT [071]\n- * OOPS\n");
    Files.writeString(dir.resolve("states.txt"), "RURITANIA [RUR]\n\t[RURGOV 1990123-19950101]\n");
    Path ini =
        Files.writeString(
            dir.resolve("set.ini"),
            "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = states.txt\n");

    Cli cli = Cli.run("dictionaries", "check", "petrarch:" + ini);

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("dictionaries: petrarch:" + ini)
        .containsPattern("hash: [0-9a-f]{16}")
        .containsPattern("verbs\\.txt\\s+verbs\\s+3\\s+2\\s+1")
        .containsPattern("states\\.txt\\s+actors\\s+1\\s+1\\s+1")
        .contains("pattern with no code")
        .contains("verbs.txt:4: - * OOPS")
        .contains("bad date '1990123'")
        .contains("states.txt:2:")
        .containsPattern("compiled: \\d+ actor and agent entries, \\d+ event patterns")
        .containsPattern("load time: \\d+\\.\\d\\d s \\(CPU \\d+\\.\\d\\d s\\)")
        .containsPattern("heap: \\d+ MB in use after loading, \\d+ MB before");
  }

  @Test
  void checksTheBuiltInSet() {
    Cli cli = Cli.run("dictionaries", "check", "builtin");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("dictionaries: builtin").containsPattern("builtin\\s+builtin");
  }

  @Test
  void aBadSpecOrAnUnreadableConfigIsAUsageErrorNamingIt() {
    Cli bad = Cli.run("dictionaries", "check", "tabari:x");
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err()).contains("unknown dictionary set 'tabari:x'");
    Cli missing = Cli.run("dictionaries", "check", "petrarch:" + dir.resolve("absent.ini"));
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(missing.err()).contains("absent.ini");
  }
}
