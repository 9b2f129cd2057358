package dev.dyad.app;

import picocli.CommandLine.Option;

/** Run counts every {@code dyad bench} command takes. */
final class BenchOptions {
  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Timed runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      defaultValue = "2",
      description = "Untimed warm-up runs (default: ${DEFAULT-VALUE}).")
  int warmup;

  void check() {
    if (runs < 1 || warmup < 0) {
      throw new Failures.UsageException("--runs must be at least 1 and --warmup at least 0");
    }
  }
}
