package dev.dyad.app.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dyad} in a child JVM on this test's class path, its output collected line by line. */
final class ChildProcess implements AutoCloseable {
  final Process process;
  final List<String> out = Collections.synchronizedList(new ArrayList<>());
  final List<String> err = Collections.synchronizedList(new ArrayList<>());

  private final List<Thread> drains = new ArrayList<>();

  private ChildProcess(Process process) {
    this.process = process;
    drains.add(drain(process.getInputStream(), out));
    drains.add(drain(process.getErrorStream(), err));
  }

  static ChildProcess dyad(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.dyad.app.Main");
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command);
    b.environment().remove("DYAD_TOKEN");
    b.environment().putAll(env);
    return new ChildProcess(b.start());
  }

  private static Thread drain(java.io.InputStream in, List<String> lines) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process ended
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** The first group of {@code pattern} in a line of standard output, waiting for it. */
  String await(Pattern pattern, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      synchronized (out) {
        for (String line : out) {
          Matcher m = pattern.matcher(line);
          if (m.find()) {
            return m.group(1);
          }
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
            + out
            + "; err: "
            + err
            + "; alive: "
            + process.isAlive());
  }

  /** SIGTERM, as a service manager stops it; the exit status. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not stop within " + timeout + "; err: " + err);
    }
    for (Thread t : drains) {
      t.join(timeout.toMillis()); // the last lines, up to the end of the pipes
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
