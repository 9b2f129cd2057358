package dev.dyad.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes in a known charset, replacing each undecodable byte sequence by U+FFFD and counting
 * the bytes replaced, so one stray byte costs one character, not the document.
 */
final class LenientText {
  static final char REPLACEMENT = '\uFFFD';

  private LenientText() {}

  /**
   * Decoded text and how many input bytes could not be decoded.
   *
   * @param replaced bytes replaced by U+FFFD (0 when the input was valid)
   */
  record Result(String text, long replaced) {}

  static Result decode(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = reporting(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(capacity(in.remaining(), decoder));
    long replaced = 0;
    CoderResult r;
    do {
      r = decoder.decode(in, out, true);
      if (r.isOverflow()) {
        out = grow(out);
      } else if (r.isError()) {
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        out.put(REPLACEMENT);
        in.position(in.position() + r.length());
        replaced += r.length();
      }
    } while (!r.isUnderflow());
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    out.flip();
    return new Result(out.toString(), replaced);
  }

  static CharsetDecoder reporting(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int capacity(int bytes, CharsetDecoder decoder) {
    return (int)
        Math.min(
            Integer.MAX_VALUE - 16L,
            (long) Math.ceil(bytes * (double) decoder.averageCharsPerByte()) + 16);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, out.capacity() * 2L + 16));
    out.flip();
    return bigger.put(out);
  }
}
