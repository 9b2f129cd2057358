package dev.dyad.core.dictionaries;

import java.util.Optional;

/**
 * One line of a dictionary file with its comments removed.
 *
 * @param number 1-based line number in the file
 * @param text the rest of the line: trailing space removed, leading space kept (a tab before a date
 *     restriction is significant)
 */
record Line(int number, String text) {

  /** The line without leading space. */
  String trimmed() {
    return text.strip();
  }

  /**
   * Why the line's text cannot be trusted, if it cannot: bytes that were not UTF-8, a control
   * character, or mojibake (UTF-8 decoded as Latin-1 or Windows-1252 and saved again, "PÃŠBLICAS").
   */
  Optional<String> damage() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        return Optional.of("bytes that are not UTF-8");
      }
      if (c != '\t' && Character.isISOControl(c)) {
        return Optional.of("control character U+" + String.format("%04X", (int) c));
      }
      if ((c == '\u00C3' || c == '\u00C2' || c == '\u00E2')
          && i + 1 < text.length()
          && isMojibakeTail(text.charAt(i + 1))) {
        return Optional.of("mojibake (text decoded twice)");
      }
    }
    return Optional.empty();
  }

  /** The second character of a UTF-8 sequence read as Latin-1 or Windows-1252. */
  private static boolean isMojibakeTail(char c) {
    return (c >= '\u0080' && c <= '\u00BF')
        || "\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122"
                .indexOf(c)
            >= 0;
  }
}
