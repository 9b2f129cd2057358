package dev.dyad.core.model;

import java.util.Objects;

/**
 * A problem with one input that made Dyad skip it. Never thrown across the pipeline: reported to
 * {@link Problems}, counted by code, and the batch goes on.
 *
 * @param code what kind of problem
 * @param where the file, plus line, record or byte offset where it was found
 * @param message what is wrong, in words a user can act on
 */
public record DataError(Code code, String where, String message) {

  /** The kinds of bad input Dyad recognises. */
  public enum Code {
    /** No bytes, or nothing but white space. */
    EMPTY,
    /** Bytes that are not text (NUL bytes, control characters, a known binary signature). */
    BINARY,
    /** Input that ends in the middle of a record, a gzip stream or an XML document. */
    TRUNCATED,
    /** A document larger than the configured limit. */
    TOO_LARGE,
    /** Bytes that are not valid in any encoding Dyad tried. */
    ENCODING,
    /** A JSON Lines line that is not a JSON object, or lacks text. */
    MALFORMED_JSON,
    /** An RSS or Atom feed that is not well-formed XML, or not a feed. */
    MALFORMED_XML,
    /** A WARC record whose headers or lengths are wrong. */
    MALFORMED_WARC,
    /** HTML with no recoverable content. */
    MALFORMED_HTML,
    /** A path that does not exist or cannot be read. */
    UNREADABLE,
    /** A file whose name says nothing Dyad can read. */
    UNSUPPORTED,
    /** Dyad itself failed on this input: a bug to report, confined to the one document. */
    INTERNAL
  }

  public DataError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  /** One line for a person: {@code where: message [CODE]}. */
  @Override
  public String toString() {
    return where + ": " + message + " [" + code + "]";
  }
}
