package dev.dyad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code dyad} command: one subcommand per job; every help lists the {@link ExitCode}s. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {"Turns news text into source-attributed, certainty-aware event data."},
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
      SparkCommand.class,
      ImportSparkCommand.class,
      EventsCommand.class,
      SearchCommand.class,
      ActorsCommand.class,
      DyadsCommand.class,
      TimelineCommand.class,
      NetworkCommand.class,
      ExportCommand.class,
      DictionariesCommand.class,
      ServeCommand.class,
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
    cli.setExecutionStrategy(Main::run);
    listExitCodes(cli);
    return cli;
  }

  /**
   * picocli's usual strategy; a failed write of help or version text, which picocli does not pass
   * to the exception handler, ends in one line and {@link ExitCode#IO} too.
   */
  private static int run(CommandLine.ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (StandardOutput.StandardOutputException e) {
      return Failures.internal(e, parsed.commandSpec().commandLine());
    }
  }

  /** The exit codes at the foot of every command's help, from the one list in {@link ExitCode}. */
  private static void listExitCodes(CommandLine cli) {
    cli.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCode.helpList());
    cli.getSubcommands().values().forEach(Main::listExitCodes);
  }

  /**
   * Runs the command line; an error that escapes it ends with one line and the internal-error code.
   */
  static int execute(CommandLine cli, String... args) {
    try {
      int exit = cli.execute(args);
      // The last of the output may still be buffered: a failure to write it is a failure too.
      cli.getOut().flush();
      return exit;
    } catch (Throwable t) {
      return Failures.internal(t, cli);
    }
  }

  public static void main(String[] args) {
    CommandLine cli = commandLine();
    cli.setOut(StandardOutput.out());
    cli.setErr(StandardOutput.err());
    System.exit(execute(cli, args));
  }
}
