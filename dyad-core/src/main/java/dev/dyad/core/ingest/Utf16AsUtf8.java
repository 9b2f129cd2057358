package dev.dyad.core.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams UTF-16 text (after its byte order mark) as UTF-8 bytes, so that a line-oriented format
 * splits on real line ends rather than on every 0x0A byte, which UTF-16 puts inside characters
 * (U+010A is 0A 01) and beside every line feed. A code unit that is not part of a character (a lone
 * surrogate, an odd last byte) becomes one 0xFF byte per input byte, which a UTF-8 decoder then
 * replaces and counts.
 */
final class Utf16AsUtf8 extends InputStream {
  private static final int INVALID = 0xFF;

  private final InputStream in;
  private final boolean bigEndian;
  private final byte[] out = new byte[8];
  private int outPos;
  private int outLen;
  private int high = -1;
  private boolean eof;

  Utf16AsUtf8(InputStream in, boolean bigEndian) {
    this.in = in;
    this.bigEndian = bigEndian;
  }

  @Override
  public int read() throws IOException {
    if (outPos == outLen && !fill()) {
      return -1;
    }
    return out[outPos++] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length) {
      if (outPos == outLen && (n > 0 && in.available() <= 0 || !fill())) {
        break;
      }
      int k = Math.min(length - n, outLen - outPos);
      System.arraycopy(out, outPos, buffer, offset + n, k);
      outPos += k;
      n += k;
    }
    return n == 0 ? -1 : n;
  }

  /** Encodes the next character; false at the end of the input. */
  private boolean fill() throws IOException {
    outPos = 0;
    outLen = 0;
    while (outLen == 0) {
      if (eof) {
        return false;
      }
      int b1 = in.read();
      int b2 = b1 < 0 ? -1 : in.read();
      if (b1 < 0 || b2 < 0) {
        eof = true;
        if (high >= 0) {
          invalid(2);
          high = -1;
        }
        if (b1 >= 0) {
          invalid(1);
        }
        continue;
      }
      int unit = bigEndian ? b1 << 8 | b2 : b2 << 8 | b1;
      if (high >= 0) {
        if (Character.isLowSurrogate((char) unit)) {
          encode(Character.toCodePoint((char) high, (char) unit));
          high = -1;
          continue;
        }
        invalid(2);
        high = -1;
      }
      if (Character.isHighSurrogate((char) unit)) {
        high = unit;
      } else if (Character.isLowSurrogate((char) unit)) {
        invalid(2);
      } else {
        encode(unit);
      }
    }
    return true;
  }

  private void invalid(int bytes) {
    for (int i = 0; i < bytes; i++) {
      out[outLen++] = (byte) INVALID;
    }
  }

  private void encode(int cp) {
    if (cp < 0x80) {
      out[outLen++] = (byte) cp;
    } else if (cp < 0x800) {
      out[outLen++] = (byte) (0xC0 | cp >> 6);
      out[outLen++] = (byte) (0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      out[outLen++] = (byte) (0xE0 | cp >> 12);
      out[outLen++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[outLen++] = (byte) (0x80 | cp & 0x3F);
    } else {
      out[outLen++] = (byte) (0xF0 | cp >> 18);
      out[outLen++] = (byte) (0x80 | cp >> 12 & 0x3F);
      out[outLen++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[outLen++] = (byte) (0x80 | cp & 0x3F);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
