package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.store.IngestedStore;
import dev.dyad.testkit.Corpora;
import dev.dyad.testkit.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad brief --dyad PRK,RUS} on the sample corpus, in Markdown and HTML, against golden
 * files read by hand (golden/REVIEW.md). Regenerate after a deliberate change by rerunning with
 * {@code -Ddyad.golden.update=true} (a failure prints the command), read the diff, update the
 * review.
 */
class BriefGoldenTest {
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void ingest() {
    db = IngestedStore.examples(dir.resolve("golden.db")).toString();
  }

  @Test
  void writesTheSampleBriefInMarkdownAsReviewed() {
    Golden.assertMatches(brief("md"), "golden/brief-examples.md");
  }

  @Test
  void writesTheSampleBriefInHtmlAsReviewed() {
    Golden.assertMatches(brief("html"), "golden/brief-examples.html");
  }

  private static String brief(String format) {
    Cli cli = Cli.run("brief", "--db", db, "--dyad", "PRK,RUS", "--format", format);
    assertThat(cli.exit()).as(cli.err()).isZero();
    // Paths are made relative to the repository so the file is the same on every machine.
    return cli.out().replace(Corpora.root() + "/", "");
  }
}
