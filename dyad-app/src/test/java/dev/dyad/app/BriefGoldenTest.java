package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad brief --dyad PRK,RUS} on the sample corpus, in Markdown and HTML, against golden
 * files read by hand (golden/REVIEW.md). Regenerate after a deliberate change with {@code mvn -pl
 * dyad-app test -Dtest=BriefGoldenTest -Ddyad.golden.update=true}, read the diff, update the review.
 */
class BriefGoldenTest {
  private static final Path ROOT = Path.of(System.getProperty("dyad.root", "..")).toAbsolutePath().normalize();
  private static final Path GOLDEN = ROOT.resolve("dyad-app/src/test/resources/golden");

  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void ingest() {
    db = dir.resolve("golden.db").toString();
    Cli ingest = Cli.run("ingest", "--db", db, ROOT.resolve("examples/corpus").toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  @Test
  void writesTheSampleBriefInMarkdownAsReviewed() throws IOException {
    compare(brief("md"), GOLDEN.resolve("brief-examples.md"));
  }

  @Test
  void writesTheSampleBriefInHtmlAsReviewed() throws IOException {
    compare(brief("html"), GOLDEN.resolve("brief-examples.html"));
  }

  private static String brief(String format) {
    Cli cli = Cli.run("brief", "--db", db, "--dyad", "PRK,RUS", "--format", format);
    assertThat(cli.exit()).as(cli.err()).isZero();
    // Paths are made relative to the repository so the file is the same on every machine.
    return cli.out().replace(ROOT + "/", "");
  }

  private static void compare(String actual, Path golden) throws IOException {
    if (Boolean.getBoolean("dyad.golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    assertThat(Arrays.asList(actual.split("\n"))).containsExactlyElementsOf(expected);
  }
}
