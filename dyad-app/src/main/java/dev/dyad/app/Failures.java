package dev.dyad.app;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions that escape a command into one clear line and an exit code. Data problems never
 * get here (they are reported per input); what does is a usage problem or a broken environment.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof UsageException) {
      cli.getErr().println("dyad: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    String what = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
    cli.getErr().println("dyad: " + cli.getCommandName() + " failed: " + what);
    if (System.getenv("DYAD_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    } else {
      cli.getErr().println("dyad: set DYAD_DEBUG=1 to see the stack trace");
    }
    return 3;
  }

  /** A usage problem found after parsing (a missing folder, a bad combination of options). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
