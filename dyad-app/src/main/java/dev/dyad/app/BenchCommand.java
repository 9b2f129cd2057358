package dev.dyad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyad bench}: throughput figures on a fixed input, one subcommand per path. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "WHAT",
    description = {
      "Measure throughput on a fixed input.",
      "",
      "Warm-up runs, then timed runs; prints the best and the median. Use the same input to compare"
          + " builds."
    },
    subcommands = {
      BenchIngestCommand.class,
      BenchCodeCommand.class,
      BenchStoreCommand.class,
      BenchServeCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Say what to measure.");
  }
}
