package dev.dyad.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * A reader over a byte stream that replaces each undecodable byte sequence by U+FFFD and counts the
 * bytes replaced, where {@link java.io.InputStreamReader} would either replace silently or fail the
 * whole input.
 */
final class LenientReader extends Reader {
  private static final int BUFFER = 8192;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private boolean eof;
  private boolean flushed;
  private long replaced;

  LenientReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = LenientText.reporting(charset);
    bytes.flip();
    chars.flip();
  }

  /** Bytes replaced by U+FFFD so far. */
  long replaced() {
    return replaced;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes at least one more character, or reaches the end. */
  private void fill() throws IOException {
    chars.clear();
    // One place is kept free for a replacement character after a decoding error.
    chars.limit(chars.capacity() - 1);
    try {
      while (chars.position() == 0 && !flushed) {
        if (!eof && bytes.remaining() < BUFFER / 2) {
          readMore();
        }
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
          chars.limit(chars.capacity());
          chars.put(LenientText.REPLACEMENT);
          bytes.position(bytes.position() + r.length());
          replaced += r.length();
        } else if (r.isUnderflow() && eof && !bytes.hasRemaining()) {
          decoder.flush(chars);
          flushed = true;
        }
      }
    } finally {
      chars.limit(chars.capacity());
      chars.flip();
    }
  }

  private void readMore() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
