package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over one {@link Source}: opens it on first demand, checks its head, pulls documents
 * one at a time from a {@link Cursor}, and turns anything thrown into one reported error. Nothing
 * escapes but what the consumer itself throws.
 */
final class CursorStream {
  private CursorStream() {}

  /** Opens a cursor over the checked, decompressed bytes of a source. */
  @FunctionalInterface
  interface Opening {
    Cursor open(InputStream in) throws IOException;
  }

  static Stream<RawDocument> of(
      Source source, Head.Check check, Problems problems, Opening opening) {
    Pull pull = new Pull(source, check, problems, opening);
    return StreamSupport.stream(pull, false).onClose(pull::close);
  }

  private static final class Pull extends Spliterators.AbstractSpliterator<RawDocument> {
    private final Source source;
    private final Head.Check check;
    private final Problems problems;
    private final Opening opening;
    private InputStream in;
    private Cursor cursor;
    private boolean done;

    Pull(Source source, Head.Check check, Problems problems, Opening opening) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.source = source;
      this.check = check;
      this.problems = problems;
      this.opening = opening;
    }

    @Override
    public boolean tryAdvance(Consumer<? super RawDocument> action) {
      if (done) {
        return false;
      }
      Optional<RawDocument> next;
      try {
        if (cursor == null) {
          in = Head.checked(source.opener().open(), source.name(), check);
          cursor = opening.open(in);
        }
        next = cursor.next();
      } catch (Exception | StackOverflowError e) {
        // Quirk: a parser may recurse on deeply nested input; that is bad data, not a crash.
        String where = cursor == null ? source.name() : cursor.where();
        problems.fail(
            Failures.describe(
                e, where, cursor == null ? DataError.Code.UNREADABLE : cursor.brokenCode()));
        next = Optional.empty();
      }
      if (next.isEmpty()) {
        close();
        return false;
      }
      action.accept(next.get());
      return true;
    }

    void close() {
      done = true;
      try {
        if (cursor != null) {
          cursor.close();
        }
        if (in != null) {
          in.close();
        }
      } catch (IOException | RuntimeException e) {
        // Closing a half-read input can fail again; the first error was already reported.
      } finally {
        cursor = null;
        in = null;
      }
    }
  }
}
