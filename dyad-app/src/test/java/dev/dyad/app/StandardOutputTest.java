package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard output on a full device or a closed pipe ends the command, loudly (finding 2). */
class StandardOutputTest {
  private static final Path FULL = Path.of("/dev/full");

  @TempDir Path dir;

  @Test
  void aWriteToAFullDeviceRaises() throws IOException {
    assumeTrue(Files.isWritable(FULL), "no /dev/full on this system");
    try (FileOutputStream full = new FileOutputStream(FULL.toFile())) {
      PrintWriter out = StandardOutput.out(full, StandardCharsets.UTF_8);

      assertThatThrownBy(() -> out.println("an event"))
          .isInstanceOf(StandardOutput.StandardOutputException.class)
          .hasMessage("cannot write to standard output: No space left on device");
    }
  }

  @Test
  void codeWithStandardOutputOnAFullDeviceFailsWithOneLine() throws IOException {
    assumeTrue(Files.isWritable(FULL), "no /dev/full on this system");
    Path input = corpus();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit;
    try (FileOutputStream full = new FileOutputStream(FULL.toFile())) {
      exit = Cli.run(full, err, "code", input.toString());
    }

    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(errors).isEqualTo(74);
    assertThat(errors)
        .contains("dyad: cannot write to standard output: No space left on device")
        .doesNotContain("dyad: events:")
        .doesNotContain("\tat ");
  }

  @Test
  void everyCommandThatPrintsFailsOnAClosedPipe() throws IOException {
    Path input = corpus();
    for (String[] command :
        List.of(
            new String[] {"clean", input.toString()},
            new String[] {"clean", "--json", input.toString()},
            new String[] {"code", "--format", "tsv", input.toString()},
            new String[] {"claims", input.toString()},
            new String[] {"assessments", input.toString()},
            new String[] {"--help"})) {
      Pipe pipe = Pipe.open();
      pipe.source().close(); // the reader is gone, as after "| head -1"
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit;
      try (OutputStream broken = Channels.newOutputStream(pipe.sink())) {
        exit = Cli.run(broken, err, command);
      }

      String errors = err.toString(StandardCharsets.UTF_8);
      assertThat(exit).as(String.join(" ", command) + ": " + errors).isEqualTo(74);
      assertThat(errors).contains("dyad: cannot write to standard output: Broken pipe");
    }
  }

  private Path corpus() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      lines.add(
          "{\"url\":\"https://example.org/r"
              + i
              + "\",\"title\":\"Shells "
              + i
              + "\",\"published\":\"2026-03-14\",\"text\":\"North Korea shipped artillery shells"
              + " to Russia in March, officials in Seoul said. Analysts said the trade could lead"
              + " to an arms race. Report "
              + i
              + ".\"}");
    }
    return Files.write(dir.resolve("reports.jsonl"), lines);
  }
}
