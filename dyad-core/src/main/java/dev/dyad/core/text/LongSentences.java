package dev.dyad.core.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Cuts a run-on "sentence" longer than {@link #MAX_CHARS} at the safest place near the limit: after
 * a semicolon, else after a comma before a conjunction, else at a space, else anywhere between
 * characters.
 */
final class LongSentences {

  static final int MAX_CHARS = 1_000;
  // Cut no earlier than this, so the pieces stay long enough to be sentences.
  private static final int MIN_CHARS = MAX_CHARS / 2;

  private static final Set<String> CONJUNCTIONS =
      Set.of("and", "but", "or", "nor", "so", "yet", "while", "whereas", "although", "because");

  private LongSentences() {}

  /** Cut offsets inside {@code text[from, to)}, which holds no spaces at either end. */
  static int[] cuts(String text, int from, int to) {
    int[] cuts = new int[0];
    int start = from;
    while (to - start > MAX_CHARS) {
      int cut = cut(text, start + MIN_CHARS, start + MAX_CHARS);
      cuts = Arrays.copyOf(cuts, cuts.length + 1);
      cuts[cuts.length - 1] = cut;
      start = Chars.skipSpaces(text, cut, to);
    }
    return cuts;
  }

  private static int cut(String text, int low, int high) {
    for (int i = high - 1; i >= low; i--) {
      if (text.charAt(i) == ';' && Chars.isSpace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    for (int i = high - 1; i >= low; i--) {
      if (text.charAt(i) == ','
          && Chars.isSpace(text.charAt(i + 1))
          && conjunctionAt(text, i + 2)) {
        return i + 1;
      }
    }
    for (int i = high - 1; i > low; i--) {
      if (Chars.isSpace(text.charAt(i)) && !Chars.isSpace(text.charAt(i - 1))) {
        return i;
      }
    }
    // Quirk: a 1,000-character "word" (base64, URLs, glued scrape) is cut anywhere, but never
    // between the two halves of a surrogate pair.
    return Character.isLowSurrogate(text.charAt(high)) ? high - 1 : high;
  }

  private static boolean conjunctionAt(String text, int from) {
    int end = from;
    while (end < text.length() && end - from < 9 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > from && CONJUNCTIONS.contains(text.substring(from, end));
  }
}
