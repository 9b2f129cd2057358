package dev.dyad.core.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the characters of one line or block of text: repairs mojibake, turns typographic
 * quotes into ASCII, odd spaces into plain spaces, drops invisible characters and collapses white
 * space (line breaks included) into single spaces.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The characters cp1252 puts at bytes 0x80..0x9F, indexed by byte - 0x80 (0 where undefined). */
  private static final String CP1252_HIGH =
      "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
          + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";

  // Quirk: UTF-8 bytes decoded as cp1252 or Latin-1 ("â€™", "Ã©"): a lead byte C2..F4 followed
  // by continuation bytes 80..BF, each shown as its cp1252 or Latin-1 character.
  private static final Pattern MOJIBAKE =
      Pattern.compile(
          "[\u00C2-\u00F4][\u0080-\u00BF" + CP1252_HIGH.replace("\u0000", "") + "]{1,3}");

  /**
   * Returns the normalised text, trimmed. Correct accented text is never changed; idempotent.
   *
   * @param text one line or block; line breaks become spaces
   */
  public static String normalize(String text) {
    String current = text;
    // Repeat to a fixed point so that normalize(normalize(s)) == normalize(s) even for doubly
    // encoded text; every pass either shortens the text or removes curly quotes, so it ends.
    while (true) {
      String next = once(current);
      // Without a mojibake lead character left, one more pass would change nothing.
      if (next.equals(current) || !hasLeadCandidate(next)) {
        return next;
      }
      current = next;
    }
  }

  // One pass over the characters instead of a regex per rule: this runs on every block.
  private static String once(String text) {
    String s = repairMojibake(withoutInvisibles(text));
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (Character.getType(c) == Character.CONTROL) {
        continue; // control characters that are not white space
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(singleQuote(c) ? '\'' : doubleQuote(c) ? '"' : c);
    }
    return out.toString();
  }

  private static String withoutInvisibles(String text) {
    int i = 0;
    while (i < text.length() && !invisible(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      if (!invisible(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean invisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  private static boolean singleQuote(char c) {
    return c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2032';
  }

  private static boolean doubleQuote(char c) {
    return c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u2033';
  }

  static String repairMojibake(String text) {
    if (!hasLeadCandidate(text)) {
      return text;
    }
    Matcher m = MOJIBAKE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      String repaired = decode(m.group());
      if (repaired != null) {
        out.append(text, last, m.start()).append(repaired);
        last = m.start() + sequenceLength(m.group().charAt(0));
      }
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }

  private static boolean hasLeadCandidate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  /** How many characters the lead character's UTF-8 sequence spans. */
  private static int sequenceLength(char lead) {
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  }

  /** The character the sequence encodes, or null when it is not exactly one valid UTF-8 char. */
  private static String decode(String run) {
    int length = sequenceLength(run.charAt(0));
    if (run.length() < length) {
      return null;
    }
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      int b = toByte(run.charAt(i));
      if (b < 0) {
        return null;
      }
      bytes[i] = (byte) b;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = decoder.decode(ByteBuffer.wrap(bytes));
      String result = decoded.toString();
      // Only a single non-ASCII code point is a clearly better reading.
      return result.codePointCount(0, result.length()) == 1 && result.codePointAt(0) >= 0x80
          ? result
          : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int toByte(char c) {
    if (c < 0x100) {
      return c;
    }
    int i = CP1252_HIGH.indexOf(c);
    return i < 0 || c == 0 ? -1 : 0x80 + i;
  }
}
