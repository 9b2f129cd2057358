package dev.dyad.core;

import dev.dyad.core.clean.DocumentCleaner;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Dyad's pipeline: ingest, then clean (and, as later stages land, code, merge). A lazy stream from
 * inputs to documents, in constant memory; bad input is reported to {@link Problems} and the batch
 * goes on.
 */
public final class Pipeline {
  private final PipelineConfig config;
  private final DocumentCleaner cleaner;

  private Pipeline(PipelineConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.cleaner = new DocumentCleaner();
  }

  /** The standard pipeline. Its stages are thread-safe, so one instance can serve many threads. */
  public static Pipeline standard(PipelineConfig config) {
    return new Pipeline(config);
  }

  /** Cleaned documents from the given paths (files, directories, or {@code -} for stdin). */
  public Stream<Document> documents(List<String> inputs, Problems problems) {
    return Ingest.read(inputs, config.ingest(), problems)
        .map(raw -> clean(raw, problems))
        .flatMap(Optional::stream);
  }

  /** Cleans one document; a failure inside Dyad is reported against that document, not thrown. */
  public Optional<Document> clean(RawDocument raw, Problems problems) {
    try {
      return Optional.of(cleaner.clean(raw));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in a cleaning rule must cost one document, never the batch.
      problems.fail(
          DataError.Code.INTERNAL,
          raw.origin(),
          "Dyad failed while cleaning this document (" + e + "); please report it");
      return Optional.empty();
    }
  }

  /** The stages in order, one per line, for {@code --explain} output and the docs. */
  public String describe() {
    return String.join(
        "\n",
        "ingest  " + Ingest.class.getName() + " (max document " + config.ingest().maxDocumentBytes() + " bytes)",
        cleaner.describe());
  }
}
