package dev.dyad.core.ingest;

import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.util.stream.Stream;

/** Reads the documents of one input format. One implementation per format. */
public interface DocumentReader {

  /**
   * Streams the documents in {@code source}, lazily. A bad item (a malformed JSON line, a broken
   * WARC record) is reported to {@code problems} with its line or record and skipped; the stream
   * goes on. The stream must be closed, which closes the source.
   */
  Stream<RawDocument> read(Source source, IngestOptions options, Problems problems);
}
