package dev.dyad.app;

import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions that escape a command into one clear line and an {@link ExitCode}. Data problems
 * never get here (they are reported per input); what does is a usage problem, a store or file that
 * cannot be used, or a bug.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof dev.dyad.core.dictionaries.DictionaryLoadException) {
      cli.getErr().println("dyad: --dictionaries: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (e instanceof UsageException) {
      cli.getErr().println("dyad: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (e instanceof StoreException || e instanceof StoreLockedException) {
      cli.getErr().println("dyad: " + e.getMessage());
      return ExitCode.STORE.code();
    }
    if (e instanceof StandardOutput.StandardOutputException) {
      cli.getErr().println("dyad: " + e.getMessage());
      return ExitCode.IO.code();
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      cli.getErr().println("dyad: " + cli.getCommandName() + " failed: " + cause);
      debugHint(e, cli);
      return ExitCode.IO.code();
    }
    cli.getErr()
        .println(
            "dyad: internal error in " + cli.getCommandName() + ": " + e + "; please report it");
    debugHint(e, cli);
    return ExitCode.INTERNAL.code();
  }

  /**
   * An error that escaped picocli (out of memory, a stack overflow): one line and {@link
   * ExitCode#INTERNAL}, instead of the JVM's stack trace and exit status 1, which scripts would
   * read as "some inputs failed".
   */
  static int internal(Throwable t, CommandLine cli) {
    if (t instanceof StandardOutput.StandardOutputException) {
      cli.getErr().println("dyad: " + t.getMessage());
      cli.getErr().flush();
      return ExitCode.IO.code();
    }
    cli.getErr().println("dyad: internal error: " + t);
    debugHint(t, cli);
    cli.getErr().flush();
    return ExitCode.INTERNAL.code();
  }

  private static void debugHint(Throwable t, CommandLine cli) {
    if (System.getenv("DYAD_DEBUG") != null) {
      t.printStackTrace(cli.getErr());
    } else {
      cli.getErr().println("dyad: set DYAD_DEBUG=1 to see the stack trace");
    }
  }

  /** A usage problem found after parsing (a missing folder, a bad combination of options). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
