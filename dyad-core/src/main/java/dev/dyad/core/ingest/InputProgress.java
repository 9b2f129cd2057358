package dev.dyad.core.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * How much of the input files has been read, in bytes as they lie on disk (compressed bytes for
 * {@code .gz}), so a progress bar can show a share and a time left before the documents are
 * counted. Thread-safe: readers add, a display thread reads.
 */
public final class InputProgress {
  /** For reads nobody watches. */
  public static final InputProgress NONE = new InputProgress(-1);

  private final long total;
  private final AtomicLong read = new AtomicLong();

  private InputProgress(long total) {
    this.total = total;
  }

  /**
   * The inputs' total size, walked now (files only; a folder is listed, not read). Unknown when
   * standard input is among them or a folder cannot be listed.
   */
  public static InputProgress of(List<String> inputs) {
    long sum = 0;
    for (String input : inputs) {
      if (input.equals(Format.STDIN)) {
        return new InputProgress(-1);
      }
      Path root = Path.of(input);
      // Only what the read will open: readable formats, nothing hidden (as Inputs walks).
      try (Stream<Path> files = Files.walk(root)) {
        sum +=
            files
                .filter(
                    f ->
                        Files.isRegularFile(f) && Format.of(f.getFileName().toString()).isPresent())
                .filter(f -> !hidden(root.relativize(f)))
                .mapToLong(InputProgress::size)
                .sum();
      } catch (IOException | RuntimeException e) {
        // A bad input is reported by the read itself; the bar just has no total.
        return new InputProgress(-1);
      }
    }
    return new InputProgress(sum);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Bytes read so far. */
  public long read() {
    return read.get();
  }

  /** The share read, from 0 to 1, when the total is known and not zero. */
  public OptionalDouble fraction() {
    if (total <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1.0, (double) read.get() / total));
  }

  InputStream counting(InputStream in) {
    if (this == NONE) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          InputProgress.this.read.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          InputProgress.this.read.addAndGet(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        InputProgress.this.read.addAndGet(skipped);
        return skipped;
      }
    };
  }
}
