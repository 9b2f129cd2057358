package dev.dyad.core.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable document ids from the normalised main text, so that the same article under another file
 * name, URL or markup gets the same id. Only letters and digits count: case, punctuation, quotes
 * and white space differ between copies of one article and must not change its id.
 */
public final class DocumentIds {
  private static final int ID_HEX_CHARS = 16;

  private DocumentIds() {}

  /** A 16-hex-digit id (64 bits of SHA-256) of {@code mainText} after normalisation. */
  public static String of(String mainText) {
    return HexFormat.of().formatHex(sha256(normalise(mainText)), 0, ID_HEX_CHARS / 2);
  }

  /** Lower-case letters and digits of NFKC-normalised text, words separated by one space. */
  static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else if (Character.isWhitespace(cp)) {
        pendingSpace = true;
      }
      // Punctuation is dropped without a space, so "U.S." and "US" normalise alike.
    }
    return out.toString();
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
