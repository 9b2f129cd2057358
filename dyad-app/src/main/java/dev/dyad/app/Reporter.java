package dev.dyad.app;

import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Problems;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/**
 * Reports bad input as it happens (one line each, on standard error) and closes a batch with a
 * summary line and the exit code.
 */
final class Reporter {
  private final PrintWriter err;
  private final Problems problems;

  Reporter(PrintWriter err) {
    this.err = err;
    this.problems = new Problems(this::print);
  }

  Problems problems() {
    return problems;
  }

  private void print(DataError error) {
    synchronized (err) {
      // A file name or URI may hold a carriage return, which standard error lets through.
      err.println(ControlFilter.strip("dyad: " + error));
      err.flush();
    }
  }

  /**
   * Prints the closing summary and returns the exit code: {@link ExitCode#INPUT_FAILED} when any
   * input failed.
   */
  int finish(long documentsRead) {
    String failed =
        problems.failuresByCode().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    err.printf(
        "dyad: documents: %d read, %d skipped, %d failed%s%n",
        documentsRead,
        problems.skipped(),
        problems.failed(),
        failed.isEmpty() ? "" : " (" + failed + ")");
    err.flush();
    return (problems.failed() > 0 ? ExitCode.INPUT_FAILED : ExitCode.OK).code();
  }
}
