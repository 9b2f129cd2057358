package dev.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code dyad spark} refuses before it starts Spark. */
class SparkMainTest {
  @Test
  void aMalformedDictionarySpecIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute("--input", "in", "--output", "out", "--dictionaries", "builtin+tabari:x.ini");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--dictionaries").contains("unknown dictionary set");
  }
}
