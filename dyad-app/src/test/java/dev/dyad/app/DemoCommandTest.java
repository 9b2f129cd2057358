package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void cleansEveryDocumentOfTheSampleCorpusWithoutErrors() {
    Path corpus = Path.of(System.getProperty("dyad.root", "..")).resolve("examples/corpus");

    Cli cli = Cli.run("demo", "--no-serve", "--corpus", corpus.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.err()).contains("0 failed");
    assertThat(cli.out()).containsPattern("(1[4-9]|[2-9]\\d) documents, \\d+ sentences, [1-9]\\d* events\\.");
    assertThat(cli.out()).contains("Events by modality").containsPattern("speculative +[1-9]");
  }

  @Test
  void saysWhereTheCorpusIsWhenItIsMissing() {
    Cli cli = Cli.run("demo", "--no-serve", "--corpus", "no/such/folder");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("no/such/folder");
  }
}
