package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB's native library in the temp folder (finding 7), in child JVMs with a temp folder of their
 * own: a killed process leaves no copy behind, old copies are cleaned up, and a temp folder that
 * cannot be written is one clear message.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DuckDbLibraryIT {
  @TempDir Path dir;

  @Test
  void aKilledProcessLeavesNoCopyOfTheLibraryBehind() throws Exception {
    Path temp = Files.createDirectories(dir.resolve("tmp"));
    Process child = start(temp, "wait");
    try (BufferedReader out = reader(child)) {
      assertThat(out.readLine()).startsWith("open");
      // The store is open, so the library is loaded: its copy must already be gone.
      assertThat(copies(temp)).isEmpty();
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no deleteOnExit
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(copies(temp)).isEmpty();
  }

  @Test
  void copiesLeftByOlderRunsAreDeletedWhenStale() throws Exception {
    Path temp = Files.createDirectories(dir.resolve("tmp"));
    Path old = Files.writeString(temp.resolve("libduckdb_java123.so"), "old copy");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
    Path recent = Files.writeString(temp.resolve("libduckdb_java456.so"), "another process's");

    Process child = start(temp, "close");
    try (BufferedReader out = reader(child)) {
      assertThat(out.readLine()).startsWith("open");
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(copies(temp)).containsExactly(recent);
  }

  @Test
  void aTempFolderThatCannotBeWrittenIsOneClearMessage() throws Exception {
    Path missing = dir.resolve("no-such-tmp");

    Process child = start(missing, "close");
    List<String> lines;
    try (BufferedReader out = reader(child)) {
      lines = out.lines().toList();
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).isEqualTo(3);
    assertThat(lines)
        .singleElement()
        .asString()
        .startsWith("the temp folder " + missing + " cannot be written")
        .contains("-Djava.io.tmpdir=");
  }

  @Test
  void aLibraryPreloadedInTheBackgroundServesTheOpenAndLeavesNoCopy() throws Exception {
    Path temp = Files.createDirectories(dir.resolve("tmp"));
    Process child = start(temp, "close", "preload");
    try (BufferedReader out = reader(child)) {
      assertThat(out.readLine()).startsWith("open");
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isZero();
    assertThat(copies(temp)).isEmpty();
  }

  @Test
  void aPreloadThatFailsLeavesTheOneClearMessageToTheOpen() throws Exception {
    Path missing = dir.resolve("no-such-tmp");
    Process child = start(missing, "close", "preload");
    List<String> lines;
    try (BufferedReader out = reader(child)) {
      lines = out.lines().toList();
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(3);
    assertThat(lines).singleElement().asString().startsWith("the temp folder " + missing);
  }

  private Process start(Path temp, String mode, String... more) throws IOException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp,
                "-cp",
                System.getProperty("java.class.path"),
                OpenStoreMain.class.getName(),
                dir.resolve("lib.db").toString(),
                mode));
    command.addAll(List.of(more));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static BufferedReader reader(Process child) {
    return new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }

  private static List<Path> copies(Path temp) throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("libduckdb_java")).toList();
    }
  }
}
