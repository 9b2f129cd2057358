package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.Corpora;
import org.junit.jupiter.api.Test;

class BenchCodeCommandTest {
  @Test
  void timesTheWholePathTheCoderAndItsTwoCostliestPartsAlone() {
    Cli cli =
        Cli.run(
            "bench",
            "code",
            "--runs",
            "1",
            "--warmup",
            "0",
            Corpora.examples().resolve("wire").toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .containsPattern(
            "bench code: [0-9]+ documents, [1-9][0-9]* sentences, [1-9][0-9]* events,"
                + " [1-9][0-9]* actor mentions, [1-9][0-9]* tokens; 1 runs after 0 warm-up")
        .containsPattern("ingest\\+clean\\+code best .* sentences/s")
        .containsPattern("code only +best .* sentences/s")
        .containsPattern("actors only +best .* sentences/s")
        .containsPattern("tokenizer only +best .* sentences/s")
        .containsPattern(
            "CPU time of this thread, best \\(median\\): ingest\\+clean\\+code [0-9.]+ s"
                + " \\([0-9.]+\\), code only [0-9.]+ s \\([0-9.]+\\), actors only [0-9.]+ s"
                + " \\([0-9.]+\\), tokenizer only [0-9.]+ s \\([0-9.]+\\)");
  }
}
