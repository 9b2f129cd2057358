package dev.dyad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code dyad} command: one subcommand per job. Exit codes: 0 good, 1 some inputs failed, 2 usage. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Turns news text into source-attributed, certainty-aware event data.",
      "",
      "Exit codes: 0 all good, 1 some inputs failed (each is named; the rest were processed),"
          + " 2 usage error."
    },
    commandListHeading = "%nCommands:%n",
    subcommands = {
      DemoCommand.class,
      CleanCommand.class,
      CodeCommand.class,
      ClaimsCommand.class,
      AssessmentsCommand.class,
      BriefCommand.class,
      IngestCommand.class,
      RecodeCommand.class,
      EventsCommand.class,
      SearchCommand.class,
      ActorsCommand.class,
      DyadsCommand.class,
      TimelineCommand.class,
      NetworkCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    // Bare "dyad" is a usage error: say what the commands are.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

  /** A command line with Dyad's exception handling; used by {@link #main} and by tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new Failures());
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
