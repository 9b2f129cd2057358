package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @TempDir Path dir;

  @Test
  void aWriteThatFailsHalfWayLeavesThePreviousFileWholeAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("events.jsonl");
    Files.writeString(out, "the complete previous export\n");

    assertThatThrownBy(
            () ->
                OutputFile.writeText(
                    out,
                    w -> {
                      w.write("half of a new export".repeat(10_000));
                      w.flush();
                      throw new IOException("No space left on device");
                    }))
        .hasMessage("No space left on device");

    assertThat(Files.readString(out)).isEqualTo("the complete previous export\n");
    assertThat(names()).containsExactly("events.jsonl");
  }

  @Test
  void theNewFileAppearsOnlyWhenWhole() throws IOException {
    Path out = dir.resolve("claims.csv");
    Files.writeString(out, "old\n");

    long rows =
        OutputFile.writeText(
            out,
            w -> {
              w.write("new\n");
              // Until the move, the target still holds the old content.
              assertThat(Files.readString(out)).isEqualTo("old\n");
              return 1;
            });

    assertThat(rows).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("new\n");
    assertThat(names()).containsExactly("claims.csv");
  }

  @Test
  void throughASymbolicLinkTheFileItPointsToIsReplaced() throws IOException {
    Path real = dir.resolve("real.csv");
    Files.writeString(real, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

    OutputFile.writeText(
        link,
        w -> {
          w.write("new\n");
          return 1;
        });

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new\n");
  }

  @Test
  void aMissingFolderIsNamedWithTheOutput() {
    Path out = dir.resolve("missing").resolve("x.csv");

    assertThatThrownBy(() -> OutputFile.writeText(out, w -> 0))
        .hasMessage(out + ": no such folder");
  }

  private String[] names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }
}
