package dev.dyad.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs the real command line in-process and captures what it prints, through the same standard
 * output and error writers as {@code dyad} itself ({@link StandardOutput}).
 */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = run(out, err, args);
    return new Cli(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs with standard output on {@code out} (a full device, a closed pipe). */
  static int run(OutputStream out, OutputStream err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(StandardOutput.out(out, StandardCharsets.UTF_8));
    cli.setErr(StandardOutput.err(err, StandardCharsets.UTF_8));
    return Main.execute(cli, args);
  }
}
