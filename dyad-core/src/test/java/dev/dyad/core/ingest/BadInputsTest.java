package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.dyad.core.model.DataError;
import dev.dyad.core.model.DataError.Code;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every hostile file in {@code src/test/resources/bad-inputs}. As in jsoup, each new crash
 * adds a file there and a line to its {@code expected.tsv}; nothing else changes. A line names the
 * file, the code of the first error it must report ({@code NONE} for a file that must be read
 * without error, such as one Dyad once refused wrongly), and optionally how many documents it must
 * still give.
 */
class BadInputsTest {
  private static final String INDEX = "expected.tsv";

  static Path folder() {
    try {
      return Path.of(
          Objects.requireNonNull(BadInputsTest.class.getResource("/bad-inputs")).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String NONE = "NONE";

  static Stream<Arguments> cases() throws IOException {
    return Files.readAllLines(folder().resolve(INDEX)).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t"))
        .map(
            cols ->
                Arguments.of(
                    cols[0],
                    cols[1].strip(),
                    cols.length > 2 ? Integer.valueOf(cols[2].strip()) : null));
  }

  @ParameterizedTest(name = "{0} -> {1}, documents: {2}")
  @MethodSource("cases")
  void reportsEachHostileFileWithItsCodeAndName(String file, String expected, Integer documents) {
    String path = folder().resolve(file).toString();
    Fixtures.Run[] run = new Fixtures.Run[1];

    assertThatCode(() -> run[0] = Fixtures.ingest(IngestOptions.DEFAULTS, path))
        .doesNotThrowAnyException();

    List<DataError> errors = run[0].errors();
    if (expected.equals(NONE)) {
      assertThat(errors).as("errors for %s", file).isEmpty();
    } else {
      assertThat(errors).as("errors for %s", file).isNotEmpty();
      assertThat(errors.get(0).code()).isEqualTo(Code.valueOf(expected));
    }
    assertThat(errors).allSatisfy(e -> assertThat(e.where()).startsWith(path));
    assertThat(errors)
        .allSatisfy(e -> assertThat(e.message()).isNotBlank().doesNotContain("Exception"));
    if (documents != null) {
      assertThat(run[0].docs()).as("documents from %s", file).hasSize(documents);
    }
  }

  @Test
  void everyHostileFileIsListedInTheIndex() throws IOException {
    List<String> listed = cases().map(a -> (String) a.get()[0]).toList();
    try (Stream<Path> files = Files.list(folder())) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(INDEX)))
          .containsExactlyInAnyOrderElementsOf(listed);
    }
  }

  @Test
  void keepsTheGoodPartsOfPartlyBadFiles() {
    Fixtures.Run jsonl =
        Fixtures.ingest(IngestOptions.DEFAULTS, folder().resolve("malformed.jsonl").toString());
    assertThat(jsonl.docs()).extracting(d -> d.body()).containsExactly("Good one.", "Good two.");
    assertThat(jsonl.errors()).hasSize(3);

    Fixtures.Run rss =
        Fixtures.ingest(IngestOptions.DEFAULTS, folder().resolve("truncated.rss").toString());
    assertThat(rss.docs()).hasSize(1);

    Fixtures.Run gz =
        Fixtures.ingest(IngestOptions.DEFAULTS, folder().resolve("truncated.jsonl.gz").toString());
    assertThat(gz.docs()).isNotEmpty();

    Fixtures.Run warc =
        Fixtures.ingest(IngestOptions.DEFAULTS, folder().resolve("broken.warc").toString());
    assertThat(warc.docs()).extracting(d -> d.uri()).containsExactly("https://n.example/1");
  }

  @Test
  void readsTheWholeFolderAsOneBatchWithoutThrowing() {
    Fixtures.Run run = Fixtures.ingest(IngestOptions.DEFAULTS, folder().toString());
    // A folder walk passes over notes.docx and expected.tsv instead of calling them unsupported.
    assertThat(run.problems().failed(Code.UNSUPPORTED)).isZero();
    assertThat(run.problems().skipped()).isGreaterThanOrEqualTo(2);
    assertThat(run.problems().failed()).isGreaterThanOrEqualTo(failingCaseCount() - 1);
  }

  private static long failingCaseCount() {
    try {
      return cases().filter(a -> !a.get()[1].equals(NONE)).count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
