package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad} as a process, through {@link Main#main}: its real standard output on a full device,
 * a real out-of-memory error, a temp folder that does not exist. Each ends with one line and its
 * documented exit code.
 */
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MainProcessIT {
  @TempDir Path dir;

  @Test
  void standardOutputOnAFullDeviceIsExit74() throws Exception {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full on this system");
    Path input = corpus(20);

    Run run = run(List.of(), new File("/dev/full"), "code", input.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(74);
    assertThat(run.err())
        .isEqualTo("dyad: cannot write to standard output: No space left on device\n");
  }

  @Test
  void runningOutOfMemoryIsAnInternalErrorNotExitOne() throws Exception {
    Path input =
        Files.writeString(
            dir.resolve("long.txt"),
            "Russia sent troops to Syria on Monday, officials said. ".repeat(200_000));

    Run run = run(List.of("-Xmx32m"), null, "code", input.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(70);
    assertThat(run.err())
        .startsWith("dyad: internal error: java.lang.OutOfMemoryError")
        .doesNotContain("\tat ");
  }

  @Test
  void aTempFolderThatDoesNotExistIsOneLineAndTheStoreExitCode() throws Exception {
    Path missing = dir.resolve("no-such-tmp");
    Path db = dir.resolve("x.db");
    assertThat(Cli.run("ingest", "--db", db.toString(), corpus(3).toString()).exit()).isZero();

    Run run = run(List.of("-Djava.io.tmpdir=" + missing), null, "events", "--db", db.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(3);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("dyad: the temp folder " + missing + " cannot be written");
  }

  private record Run(int exit, String err) {}

  private Run run(List<String> jvm, File stdout, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path err = dir.resolve("err-" + System.nanoTime());
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
    builder.redirectOutput(
        stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout));
    Process p = builder.start();
    assertThat(p.waitFor(540, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path corpus(int documents) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < documents; i++) {
      lines.add(
          "{\"url\":\"https://example.org/r"
              + i
              + "\",\"text\":\"North Korea shipped artillery shells to Russia in March,"
              + " officials in Seoul said.\"}");
    }
    return Files.write(dir.resolve("reports.jsonl"), lines);
  }
}
