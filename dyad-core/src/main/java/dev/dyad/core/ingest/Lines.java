package dev.dyad.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits bytes into lines without holding more than one line, and no line longer than the limit:
 * the rest of an over-long line is read past, not kept.
 */
final class Lines {
  /**
   * One line.
   *
   * @param number from 1
   * @param bytes the line without its end, empty when it was too long
   * @param tooLong the line was over the limit and was not kept
   */
  record Line(long number, byte[] bytes, boolean tooLong) {}

  private final InputStream in;
  private final long limit;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int end;
  private long number;

  Lines(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The number of the last line returned, or of the line being read when reading failed. */
  long number() {
    return number;
  }

  Optional<Line> next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    number++;
    while (true) {
      if (pos == end) {
        end = in.read(buffer);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            number--;
            return Optional.empty();
          }
          return Optional.of(finish(line, length));
        }
      }
      any = true;
      int nl = indexOf(buffer, pos, end);
      int stop = nl < 0 ? end : nl;
      int n = stop - pos;
      if (length + n <= limit) {
        line.write(buffer, pos, n);
      }
      length += n;
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        return Optional.of(finish(line, length));
      }
    }
  }

  private Line finish(ByteArrayOutputStream line, long length) {
    if (length > limit) {
      return new Line(number, new byte[0], true);
    }
    byte[] bytes = line.toByteArray();
    // Quirk: files written on Windows end lines with CR LF.
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(number, bytes, false);
  }

  private static int indexOf(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
