package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError;

/**
 * Raised inside a reader when an input cannot go on; caught at the stream's edge and reported to
 * {@link dev.dyad.core.model.Problems}, never seen by a caller. No stack trace: it is data, not a
 * bug.
 */
final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient DataError error;

  BadInput(DataError.Code code, String where, String message) {
    super(message, null, false, false);
    this.error = new DataError(code, where, message);
  }

  DataError error() {
    return error;
  }
}
