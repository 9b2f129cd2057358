package dev.dyad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyad dictionaries}: look at a dictionary set without coding anything. */
@Command(
    name = "dictionaries",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "WHAT",
    description = {
      "Work with dictionary sets: Dyad's built-in dictionaries, the field's TABARI/PETRARCH"
          + " dictionaries, or both merged."
    },
    subcommands = {DictionariesCheckCommand.class})
final class DictionariesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: check.");
  }
}
