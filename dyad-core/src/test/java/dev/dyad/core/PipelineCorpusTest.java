package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.Sentence;
import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Whole corpora through the pipeline: nothing lost, nothing thrown, furniture gone. */
class PipelineCorpusTest {
  private static final Pattern WIKINEWS_FURNITURE =
      Pattern.compile(
          "^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\w+ \\d{1,2}, \\d{4}$"
              + "|pre-publication review|Have an opinion on this story|Article last amended");

  @Test
  void cleansEveryWikinewsArticleAndDropsItsFurniture() {
    Problems problems = Problems.counting();
    List<Document> docs;
    try (Stream<Document> stream =
        Pipeline.standard(PipelineConfig.DEFAULTS)
            .documents(List.of(Corpora.wikinews().toString()), problems)) {
      docs = stream.toList();
    }
    assertThat(problems.failed()).isZero();
    assertThat(docs).hasSize(295);
    long withoutText = docs.stream().filter(d -> d.sentences().isEmpty()).count();
    // One article of the corpus is only a dateline (its README says so).
    assertThat(withoutText).isLessThanOrEqualTo(1);
    for (Document d : docs) {
      for (Sentence s : d.sentences()) {
        assertThat(WIKINEWS_FURNITURE.matcher(s.text()).find())
            .as(d.uri() + ": " + s.text())
            .isFalse();
      }
    }
    long dated = docs.stream().filter(d -> d.published().date().isPresent()).count();
    assertThat(dated).isEqualTo(295);
  }

  @Test
  void goesOnPastEveryBadInputAndFailsNoneInternally() throws IOException {
    Path folder = Path.of("src/test/resources/bad-inputs");
    long hostile;
    try (Stream<String> lines = Files.lines(folder.resolve("expected.tsv"))) {
      // NONE marks an input that is read with a warning (lenient decoding), not refused.
      hostile =
          lines
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .filter(l -> !l.split("\t")[1].equals("NONE"))
              .count();
    }
    List<DataError> errors = new ArrayList<>();
    Problems problems = new Problems(errors::add);
    List<Document> docs;
    try (Stream<Document> stream =
        Pipeline.standard(PipelineConfig.DEFAULTS)
            .documents(List.of(folder.toString()), problems)) {
      docs = stream.toList();
    }
    assertThat(errors).noneMatch(e -> e.code() == DataError.Code.INTERNAL);
    assertThat(errors).extracting(DataError::where).allMatch(w -> w.contains("bad-inputs"));
    // Each hostile file fails at least once; partly bad files still give their good documents.
    assertThat(problems.failed()).isGreaterThanOrEqualTo(hostile);
    assertThat(docs).allMatch(d -> d.id().matches("[0-9a-f]{16}"));
  }

  @Test
  void givesACopyUnderAnotherNameTheSameId(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String body =
        "Seoul Says Shells Shipped\n\nNorth Korea shipped shells to Russia in March, officials said.\n";
    Files.writeString(dir.resolve("a.txt"), body);
    Files.writeString(
        dir.resolve("b.md"),
        "# Seoul Says Shells Shipped\n\nNorth Korea shipped shells to Russia in March, officials said.\n");
    Files.writeString(
        dir.resolve("c.html"),
        "<html><head><title>Seoul Says Shells Shipped</title></head><body><article>"
            + "<p>North Korea shipped shells to Russia in March, officials said.</p></article></body></html>");
    List<Document> docs;
    try (Stream<Document> stream =
        Pipeline.standard(PipelineConfig.DEFAULTS)
            .documents(List.of(dir.toString()), Problems.counting())) {
      docs = stream.toList();
    }
    assertThat(docs).hasSize(3);
    assertThat(docs).extracting(Document::id).containsOnly(docs.get(0).id());
  }
}
