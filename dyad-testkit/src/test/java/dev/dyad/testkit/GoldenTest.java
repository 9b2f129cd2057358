package dev.dyad.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {
  @TempDir Path dir;

  @Test
  void passesWhenTheOutputIsTheFileByteForByte() throws IOException {
    Path file = Files.writeString(dir.resolve("a.tsv"), "one\ttwo\nthree\n");
    Golden.check("one\ttwo\nthree\n", file, false);
  }

  @Test
  void failsWithALineDiffAndTheWayToRegenerate() throws IOException {
    Path file = Files.writeString(dir.resolve("a.tsv"), "alpha\nbeta\ngamma\n");

    assertThatThrownBy(() -> Golden.check("alpha\nBETA\ngamma\n", file, false))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("a.tsv differs from the output")
        .hasMessageContaining("@@ -1,3 +1,3 @@\n  alpha\n- beta\n+ BETA\n  gamma\n")
        .hasMessageContaining("mvn -pl dyad-testkit -am test -Dtest=GoldenTest")
        .hasMessageContaining("-Ddyad.golden.update=true");
  }

  @Test
  void aMissingFinalNewlineIsADifference() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "alpha\n");

    assertThatThrownBy(() -> Golden.check("alpha", file, false))
        .hasMessageContaining("differ in line endings or the final newline");
  }

  @Test
  void updateRewritesTheFileFromTheOutputAndPasses() throws IOException {
    Path file = dir.resolve("new/b.md");

    Golden.check("# Brief\n", file, true);

    assertThat(file).hasContent("# Brief");
    assertThat(Files.readString(file)).isEqualTo("# Brief\n");
    Golden.check("# Brief\n", file, false);
  }

  @Test
  void aMissingFileSaysHowToWriteIt() {
    assertThatThrownBy(() -> Golden.check("x\n", dir.resolve("none.tsv"), false))
        .hasMessageContaining("does not exist")
        .hasMessageContaining("-Ddyad.golden.update=true");
  }

  @Test
  void linesAreWrittenEachEndedByANewline() {
    assertThat(Golden.text(List.of("a", "b"))).isEqualTo("a\nb\n");
    assertThat(Golden.text(List.of("a", ""))).isEqualTo("a\n\n");
    assertThat(Golden.text(List.of())).isEmpty();
  }

  @Test
  void goldenFilesLiveInTheModulesTestResources() {
    assertThat(Golden.file("golden/x.tsv").toString().replace('\\', '/'))
        .endsWith("dyad-testkit/src/test/resources/golden/x.tsv");
  }
}
