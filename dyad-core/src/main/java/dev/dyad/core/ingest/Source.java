package dev.dyad.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One input to read: a file, standard input, or a test's bytes. Opening yields the bytes already
 * decompressed when the name ends in {@code .gz}.
 *
 * @param name the path as given (or {@code -} for standard input); used as {@code uri} when the
 *     format names none, and in every error message
 * @param opener opens the raw bytes; called once per read
 */
public record Source(String name, Opener opener) {

  /** Opens a source's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
  }
}
