package dev.dyad.core.ingest;

/**
 * Settings for reading input.
 *
 * @param maxDocumentBytes a document (a file, a JSON line, a feed item, a WARC record) larger than
 *     this is skipped with a {@code TOO_LARGE} error rather than read into memory
 * @param maxPartChars a plain-text or Markdown document longer than this many characters is read as
 *     parts of at most this length, cut at paragraph ends where it can (see {@link LongDocuments}),
 *     so the memory and time that cleaning and coding take for one document stay bounded
 */
public record IngestOptions(long maxDocumentBytes, int maxPartChars) {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
  // About 60 pages, over twice the longest Wikinews article (104,000 characters): news is never
  // cut.
  public static final int DEFAULT_MAX_PART_CHARS = 250_000;
  public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES);

  public IngestOptions {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
    if (maxPartChars < LongDocuments.MIN_PART_CHARS) {
      throw new IllegalArgumentException(
          "maxPartChars must be at least " + LongDocuments.MIN_PART_CHARS + ": " + maxPartChars);
    }
  }

  /** The given document limit, with parts of the default length. */
  public IngestOptions(long maxDocumentBytes) {
    this(maxDocumentBytes, DEFAULT_MAX_PART_CHARS);
  }
}
