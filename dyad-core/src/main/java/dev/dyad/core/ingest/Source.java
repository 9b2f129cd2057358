package dev.dyad.core.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * One input to read: a file, standard input, or a test's bytes. Opening yields the bytes already
 * decompressed when the name ends in {@code .gz}.
 *
 * @param name the path as given (or {@code -} for standard input); used as {@code uri} when the
 *     format names none, and in every error message
 * @param opener opens the raw bytes; called once per read
 */
public record Source(String name, Opener opener) {
  private static final int BUFFER = 64 * 1024;

  /** Opens a source's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
  }

  /** A file on disk, shown as {@code name}; gunzipped when the name ends in {@code .gz}. */
  public static Source file(Path path, String name) {
    return file(path, name, InputProgress.NONE);
  }

  /** A file on disk whose bytes, as stored, count towards {@code progress}. */
  static Source file(Path path, String name, InputProgress progress) {
    return new Source(
        name, () -> gunzipIfNamed(name, progress.counting(Files.newInputStream(path))));
  }

  /**
   * Bytes from any store a path names (a Hadoop file system, an object store), opened by {@code
   * raw}; gunzipped when the name ends in {@code .gz}, as a local file would be.
   */
  public static Source of(String name, Opener raw) {
    Objects.requireNonNull(raw, "raw");
    return new Source(name, () -> gunzipIfNamed(name, raw.open()));
  }

  /** Bytes in memory, for tests and embedding; gunzipped when the name ends in {@code .gz}. */
  public static Source bytes(String name, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new Source(name, () -> gunzipIfNamed(name, new ByteArrayInputStream(copy)));
  }

  /** Standard input, read as JSON Lines; closing the stream leaves standard input open. */
  public static Source stdin() {
    return new Source(
        "-",
        () ->
            new FilterInputStream(System.in) {
              @Override
              public void close() {
                // The process owns standard input.
              }
            });
  }

  static InputStream gunzipIfNamed(String name, InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, BUFFER);
    if (!Format.isGzip(name)) {
      return in;
    }
    PushbackInputStream peek = new PushbackInputStream(in, 1);
    int first = peek.read();
    if (first < 0) {
      // Quirk: a 0-byte .gz is an empty file, not a broken gzip header.
      return peek;
    }
    peek.unread(first);
    try {
      return new GZIPInputStream(peek, BUFFER);
    } catch (IOException e) {
      peek.close();
      throw e;
    }
  }
}
