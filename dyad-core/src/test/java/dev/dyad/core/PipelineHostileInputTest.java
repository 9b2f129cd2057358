package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.ingest.Source;
import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Input a careless or hostile user gives, read and cleaned end to end. */
class PipelineHostileInputTest {
  private static final Pipeline PIPELINE = Pipeline.standard(PipelineConfig.DEFAULTS);

  @Test
  void keepsADocumentWithAStrayByteAndWarnsWithTheCount() {
    byte[] bytes =
        concat(
            "Talks in Genève resumed on Monday — officials said"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new byte[] {(byte) 0xFF},
            " the truce holds.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<DataError> errors = new ArrayList<>();

    List<Document> docs = clean(Source.bytes("stray.txt", bytes), IngestOptions.DEFAULTS, errors);

    assertThat(errors).isEmpty();
    assertThat(docs)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).contains("Genève", "\uFFFD");
              assertThat(d.warnings()).contains(Warning.undecodableBytes("1"));
            });
  }

  @Test
  void cleansTwentyThousandShortLinesInLinearTime() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("Police arrested ").append(i).append(" people.\n");
    }
    RawDocument raw =
        RawDocument.of("lines.txt", dev.dyad.core.model.ContentType.TEXT, text.toString());

    Optional<Document> doc =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60), () -> PIPELINE.clean(raw, Problems.counting()));

    assertThat(doc).hasValueSatisfying(d -> assertThat(d.sentences()).hasSizeGreaterThan(19_000));
  }

  @Test
  void cleansAnOverlongTextInBoundedPartsWithTheirOwnNames() {
    StringBuilder text_ = new StringBuilder();
    for (int i = 0; text_.length() < IngestOptions.DEFAULT_MAX_PART_CHARS * 2 + 1000; i++) {
      text_
          .append("Russia condemned Ukraine on day ")
          .append(i)
          .append(". Police arrested protesters in Paris.\n\n");
    }
    byte[] text = text_.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<DataError> errors = new ArrayList<>();

    List<Document> docs = clean(Source.bytes("long.txt", text), IngestOptions.DEFAULTS, errors);

    assertThat(errors).isEmpty();
    assertThat(docs)
        .extracting(Document::origin)
        .containsExactly("long.txt part 1", "long.txt part 2", "long.txt part 3");
    assertThat(docs)
        .allSatisfy(
            d ->
                assertThat(d.text().length())
                    .isLessThanOrEqualTo(IngestOptions.DEFAULT_MAX_PART_CHARS));
    assertThat(docs).extracting(Document::id).doesNotHaveDuplicates();
  }

  static List<Document> clean(Source source, IngestOptions options, List<DataError> errors) {
    Problems problems = new Problems(errors::add);
    try (Stream<RawDocument> raw = Ingest.read(source, options, problems)) {
      return raw.map(r -> PIPELINE.clean(r, problems)).flatMap(Optional::stream).toList();
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
