package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** {@link Source#of}: bytes from any opener, read as a file of that name would be. */
class SourceTest {
  private static final String LINE =
      "{\"url\":\"https://example.org/a\",\"text\":\"Officials met in Seoul on Monday.\"}\n";

  @Test
  void aGzipNameIsGunzippedAsAFileWouldBe() throws IOException {
    byte[] gz = gzip(LINE.getBytes(StandardCharsets.UTF_8));
    List<RawDocument> docs = read(Source.of("remote/a.jsonl.gz", () -> stream(gz)));
    assertThat(docs).extracting(RawDocument::uri).containsExactly("https://example.org/a");
  }

  @Test
  void anEmptyGzipFileIsEmptyNotBroken() {
    Problems problems = Problems.counting();
    try (var docs =
        Ingest.read(
            Source.of("remote/empty.txt.gz", () -> stream(new byte[0])),
            IngestOptions.DEFAULTS,
            problems)) {
      assertThat(docs.toList()).isEmpty();
    }
    assertThat(problems.failuresByCode())
        .doesNotContainKey(dev.dyad.core.model.DataError.Code.TRUNCATED);
  }

  @Test
  void theOpenerIsCalledOncePerRead() {
    AtomicInteger opened = new AtomicInteger();
    Source source =
        Source.of(
            "remote/a.jsonl",
            () -> {
              opened.incrementAndGet();
              return stream(LINE.getBytes(StandardCharsets.UTF_8));
            });
    read(source);
    assertThat(opened).hasValue(1);
  }

  private static List<RawDocument> read(Source source) {
    try (var docs = Ingest.read(source, IngestOptions.DEFAULTS, Problems.counting())) {
      return docs.toList();
    }
  }

  private static ByteArrayInputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }
}
