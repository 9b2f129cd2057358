package dev.dyad.core.ingest;

/**
 * Settings for reading input.
 *
 * @param maxDocumentBytes a document (a file, a JSON line, a feed item, a WARC record) larger than
 *     this is skipped with a {@code TOO_LARGE} error rather than read into memory
 */
public record IngestOptions(long maxDocumentBytes) {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
  public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES);

  public IngestOptions {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
  }
}
