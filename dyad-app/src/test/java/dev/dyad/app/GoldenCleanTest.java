package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad clean --json} on the sample corpus against a golden file reviewed by hand. After a
 * deliberate change, regenerate with {@code mvn -pl dyad-app test -Dtest=GoldenCleanTest
 * -Ddyad.golden.update=true}, read the diff, and commit it with the reason.
 */
class GoldenCleanTest {
  private static final Path ROOT = Path.of(System.getProperty("dyad.root", "..")).toAbsolutePath().normalize();
  private static final Path GOLDEN = ROOT.resolve("dyad-app/src/test/resources/golden/clean-examples.jsonl");

  @Test
  void cleansTheSampleCorpusAsReviewed() throws IOException {
    Path corpus = ROOT.resolve("examples/corpus");
    Cli cli = Cli.run("clean", "--json", corpus.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    // Paths are made relative to the repository so the file is the same on every machine.
    String actual = cli.out().replace(ROOT + "/", "");
    if (Boolean.getBoolean("dyad.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
    assertThat(Arrays.asList(actual.split("\n"))).containsExactlyElementsOf(expected);
  }
}
