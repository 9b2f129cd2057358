package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void printsTheBriefOfTheSampleCorpusMostActiveDyad() throws IOException {
    Path corpus = Corpora.examples();
    long demoStoresBefore = demoStores();

    Cli cli = Cli.run("demo", "--no-serve", "--corpus", corpus.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.err()).contains("17 read, 0 skipped, 0 failed").doesNotContain("dashboard");
    String first = cli.out().lines().findFirst().orElseThrow();
    assertThat(first)
        .startsWith("Dyad demo: read 17 documents from")
        .contains("most active dyad, North Korea – Russia");
    assertThat(cli.out())
        .contains(
            "# Brief: North Korea – Russia",
            "## Bottom line",
            "## Key developments",
            "## Reactions",
            "## Assessments",
            "## Sources");
    // The temporary store is gone.
    assertThat(demoStores()).isEqualTo(demoStoresBefore);
  }

  @Test
  void saysWhereTheCorpusIsWhenItIsMissing() {
    Cli cli = Cli.run("demo", "--no-serve", "--corpus", "no/such/folder");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("no/such/folder");
  }

  @Test
  void aDictionarySetItCannotReadIsAUsageErrorAndLeavesNoStore() throws IOException {
    long demoStoresBefore = demoStores();
    Cli cli =
        Cli.run(
            "demo",
            "--no-serve",
            "--corpus",
            Corpora.examples().toString(),
            "--dictionaries",
            "builtin+petrarch:no/such/set.ini");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--dictionaries").contains("set.ini");
    assertThat(demoStores()).isEqualTo(demoStoresBefore);
  }

  private static long demoStores() throws IOException {
    try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return tmp.filter(p -> p.getFileName().toString().startsWith("dyad-demo")).count();
    }
  }
}
