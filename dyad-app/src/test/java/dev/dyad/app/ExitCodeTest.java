package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ExitCodeTest {
  @Test
  void theCodesAreTheDocumentedNumbersInOrderEachUsedOnce() {
    assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code))
        .containsExactly(0, 1, 2, 3, 70, 74);
    // One line each in the help, whose description column is about 72 characters wide.
    assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::meaning))
        .allSatisfy(m -> assertThat(m).hasSizeLessThan(72));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "code --help",
        "ingest --help",
        "export --help",
        "bench code --help",
        "help brief"
      })
  void everyHelpEndsWithTheExitCodes(String command) {
    Cli cli = Cli.run(command.split(" "));

    assertThat(cli.exit()).isZero();
    String help = cli.out();
    assertThat(help).contains("Exit codes:");
    String codes = help.substring(help.indexOf("Exit codes:"));
    for (ExitCode e : ExitCode.values()) {
      assertThat(codes)
          .containsPattern("(?m)^\\s+" + e.code() + "\\s+" + Pattern.quote(e.meaning()) + "$");
    }
  }

  @Test
  void aBugInACommandIsAnInternalErrorInOneLine() {
    Run run = run(new Throwing(new IllegalStateException("no such state")));

    assertThat(run.exit).isEqualTo(70);
    assertThat(run.err)
        .startsWith(
            "dyad: internal error in throwing: java.lang.IllegalStateException: no such state;")
        .doesNotContain("\tat ");
  }

  @Test
  void anErrorThatEscapesPicocliIsAnInternalErrorNotStatusOne() {
    Run run = run(new Throwing(new OutOfMemoryError("Java heap space")));

    assertThat(run.exit).isEqualTo(70);
    assertThat(run.err)
        .startsWith("dyad: internal error: java.lang.OutOfMemoryError: Java heap space\n")
        .doesNotContain("\tat ");
  }

  @Test
  void aFileThatCannotBeReadOrWrittenIsAnIoError() {
    Run run =
        run(
            new Throwing(
                new java.io.UncheckedIOException(
                    new java.io.IOException("No space left on device"))));

    assertThat(run.exit).isEqualTo(74);
    assertThat(run.err)
        .startsWith("dyad: throwing failed: java.io.IOException: No space left on device\n");
  }

  private record Run(int exit, String err) {}

  private static Run run(Throwing command) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(new Failures());
    cli.setErr(new PrintWriter(err, true));
    int exit = Main.execute(cli);
    return new Run(exit, err.toString());
  }

  @Command(name = "throwing")
  static final class Throwing implements Callable<Integer> {
    private final Throwable thrown;

    Throwing(Throwable thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() throws Exception {
      if (thrown instanceof Error error) {
        throw error;
      }
      throw (Exception) thrown;
    }
  }
}
