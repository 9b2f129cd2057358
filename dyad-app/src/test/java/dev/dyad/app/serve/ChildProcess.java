package dev.dyad.app.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dyad} in a child JVM on this test's class path. Its output goes to files, not pipes: the
 * JDK may close a child's pipe when the child exits, under a reader still reading, and the last
 * lines (those a clean stop prints) would be lost.
 */
final class ChildProcess implements AutoCloseable {
  final Process process;
  private final Path out;
  private final Path err;

  private ChildProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  static ChildProcess dyad(Path dir, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.dyad.app.Main");
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "child", ".out");
    Path err = Files.createTempFile(dir, "child", ".err");
    ProcessBuilder b =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    b.environment().remove("DYAD_TOKEN");
    b.environment().putAll(env);
    return new ChildProcess(b.start(), out, err);
  }

  String out() {
    return read(out);
  }

  String err() {
    return read(err);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first group of {@code pattern} on a line of standard output, waiting for it. */
  String await(Pattern pattern, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (String line : out().lines().toList()) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "no line matching "
            + pattern
            + "; out: "
            + out()
            + "; err: "
            + err()
            + "; alive: "
            + process.isAlive());
  }

  /** SIGTERM, as a service manager stops it; the exit status. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not stop within " + timeout + "; err: " + err());
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
