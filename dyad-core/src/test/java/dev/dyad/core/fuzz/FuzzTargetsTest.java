package dev.dyad.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.ingest.Source;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fuzz targets in the manner of jsoup's on OSS-Fuzz: one per reader, one for the cleaner and one
 * for the coder. In a normal build each replays its corpus under {@code
 * src/test/resources/dev/dyad/core/fuzz/FuzzTargetsTestInputs/<target>/}; {@code scripts/fuzz.sh
 * TARGET MINUTES} fuzzes one (docs/fuzzing.md). A finding is anything thrown, an OutOfMemoryError,
 * a hang, or a data error that only a bug produces: an exception the readers did not expect ({@code
 * could not be parsed: …}) or an {@code INTERNAL} failure.
 */
class FuzzTargetsTest {
  // Small limits, so that the fuzzer meets them (and the parts of long documents) on short inputs.
  private static final IngestOptions OPTIONS = new IngestOptions(64 * 1024, 1000);
  private static final Pipeline PIPELINE = Pipeline.standard(new PipelineConfig(OPTIONS));

  @FuzzTest(maxDuration = "5m")
  void html(byte[] input) {
    read("f.html", input);
  }

  @FuzzTest(maxDuration = "5m")
  void text(byte[] input) {
    read("f.txt", input);
  }

  @FuzzTest(maxDuration = "5m")
  void jsonLines(byte[] input) {
    read("f.jsonl", input);
  }

  @FuzzTest(maxDuration = "5m")
  void feed(byte[] input) {
    read("f.rss", input);
  }

  @FuzzTest(maxDuration = "5m")
  void warc(byte[] input) {
    read("f.warc", input);
  }

  @FuzzTest(maxDuration = "5m")
  void gzip(byte[] input) {
    read("f.jsonl.gz", input);
  }

  @FuzzTest(maxDuration = "5m")
  void cleaner(FuzzedDataProvider data) {
    ContentType type = data.pickValue(ContentType.values());
    RawDocument raw = RawDocument.of("f", type, data.consumeRemainingAsString());
    Problems problems = new Problems(FuzzTargetsTest::check);
    PIPELINE.clean(raw, problems);
  }

  @FuzzTest(maxDuration = "5m")
  void coder(FuzzedDataProvider data) {
    ContentType type = data.pickValue(ContentType.values());
    RawDocument raw = RawDocument.of("f", type, data.consumeRemainingAsString());
    Problems problems = new Problems(FuzzTargetsTest::check);
    Optional<Document> doc = PIPELINE.clean(raw, problems);
    doc.ifPresent(
        d -> {
          PIPELINE.events(d, problems);
          PIPELINE.actors(d);
        });
  }

  private static void read(String name, byte[] input) {
    Problems problems = new Problems(FuzzTargetsTest::check);
    try (Stream<RawDocument> docs = Ingest.read(Source.bytes(name, input), OPTIONS, problems)) {
      List<RawDocument> read = docs.toList();
      read.forEach(raw -> PIPELINE.clean(raw, problems));
    }
  }

  /** A data error only a bug gives is a finding. */
  private static void check(DataError error) {
    if (error.code() == DataError.Code.INTERNAL
        || error.message().startsWith("could not be parsed: ")) {
      throw new IllegalStateException("bug-like data error: " + error);
    }
  }
}
