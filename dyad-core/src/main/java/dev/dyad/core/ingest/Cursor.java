package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError;
import dev.dyad.core.model.RawDocument;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Walks the documents of one open input. A bad item is reported and skipped inside {@link #next()};
 * an exception from {@link #next()} ends the input, and {@link CursorStream} reports it at {@link
 * #where()}.
 */
abstract class Cursor implements Closeable {

  /** The next document, or empty at the end of the input. */
  abstract Optional<RawDocument> next() throws IOException;

  /** The position reached, for an error that ends the input: a path plus line, item or record. */
  abstract String where();

  /** The code for a failure this format's parser raises that is not an {@link IOException}. */
  DataError.Code brokenCode() {
    return DataError.Code.UNREADABLE;
  }
}
