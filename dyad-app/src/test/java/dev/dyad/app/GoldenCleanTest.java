package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.Corpora;
import dev.dyad.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad clean --json} on the sample corpus against a golden file reviewed by hand. After a
 * deliberate change, regenerate by rerunning with {@code -Ddyad.golden.update=true} (a failure
 * prints the command), read the diff, and commit it with the reason.
 */
class GoldenCleanTest {
  @Test
  void cleansTheSampleCorpusAsReviewed() {
    Cli cli = Cli.run("clean", "--json", Corpora.examples().toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    // Paths are made relative to the repository so the file is the same on every machine.
    Golden.assertMatches(
        cli.out().replace(Corpora.root() + "/", ""), "golden/clean-examples.jsonl");
  }
}
