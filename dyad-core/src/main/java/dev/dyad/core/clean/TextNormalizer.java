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
      Pattern.compile("[\u00C2-\u00F4][\u0080-\u00BF" + CP1252_HIGH.replace("\u0000", "") + "]{1,3}");
  private static final Pattern INVISIBLE = Pattern.compile("[\u200B-\u200D\u2060\uFEFF\u00AD]");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032]");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\s]]");
  private static final Pattern SPACES =
      Pattern.compile("[\\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+");

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
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
  }

  private static String once(String text) {
    String s = INVISIBLE.matcher(text).replaceAll("");
    s = repairMojibake(s);
    s = SINGLE_QUOTES.matcher(s).replaceAll("'");
    s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
    s = CONTROL.matcher(s).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  static String repairMojibake(String text) {
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
