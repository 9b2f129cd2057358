package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputProgressTest {
  @TempDir Path dir;

  @Test
  void countsTheBytesOnDiskOfEveryFileTheReadOpens() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      lines
          .append("{\"id\":\"d")
          .append(i)
          .append("\",\"text\":\"Russia and North Korea held talks number ")
          .append(i)
          .append(".\"}\n");
    }
    Files.writeString(dir.resolve("a.jsonl"), lines);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.jsonl.gz")))) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    // Neither is read, so neither counts toward the total.
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git").resolve("x.txt"), "x".repeat(10_000));
    Files.writeString(dir.resolve("notes.docx"), "y".repeat(10_000));

    InputProgress progress = InputProgress.of(List.of(dir.toString()));
    assertThat(progress.fraction()).hasValue(0.0);
    try (Stream<RawDocument> docs =
        Ingest.read(
            List.of(dir.toString()), IngestOptions.DEFAULTS, Problems.counting(), progress)) {
      Iterator<RawDocument> it = docs.iterator();
      it.next();
      // The first document pulled has not made the read open the second file (lazy, see
      // LazyConcat).
      assertThat(progress.fraction().getAsDouble()).isGreaterThan(0.0).isLessThan(1.0);
      while (it.hasNext()) {
        it.next();
      }
    }
    assertThat(progress.fraction()).hasValue(1.0);
    assertThat(progress.read())
        .isEqualTo(Files.size(dir.resolve("a.jsonl")) + Files.size(dir.resolve("b.jsonl.gz")));
  }

  @Test
  void hasNoShareForStandardInputOrAMissingPath() {
    assertThat(InputProgress.of(List.of("-")).fraction()).isEmpty();
    assertThat(InputProgress.of(List.of(dir.resolve("missing").toString())).fraction()).isEmpty();
    assertThat(InputProgress.NONE.fraction()).isEmpty();
  }
}
