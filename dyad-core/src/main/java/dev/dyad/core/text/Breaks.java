package dev.dyad.core.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Turns a detector's candidate breaks into final ones: moves a break after a closing quote, drops
 * breaks after abbreviations, initials and list numbers, and adds the breaks a model misses after
 * "U.S." and the like at a real sentence end.
 */
final class Breaks {

  // Capitalised words that open a sentence rather than continue a name ("…the U.S. The next…").
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "A",
          "After",
          "Also",
          "Although",
          "An",
          "And",
          "Another",
          "As",
          "At",
          "Because",
          "Before",
          "Both",
          "But",
          "By",
          "Despite",
          "During",
          "Each",
          "Earlier",
          "Even",
          "For",
          "From",
          "Furthermore",
          "He",
          "Her",
          "His",
          "However",
          "I",
          "If",
          "In",
          "It",
          "Its",
          "Last",
          "Later",
          "Many",
          "Meanwhile",
          "Moreover",
          "Most",
          "No",
          "Nor",
          "Now",
          "On",
          "Once",
          "Or",
          "Our",
          "She",
          "Since",
          "So",
          "Some",
          "Still",
          "Such",
          "That",
          "The",
          "Their",
          "Then",
          "There",
          "These",
          "They",
          "This",
          "Those",
          "Thus",
          "To",
          "Under",
          "Until",
          "We",
          "What",
          "When",
          "Where",
          "While",
          "With",
          "Yet",
          "You");

  private final BreakDetector detector;

  Breaks(BreakDetector detector) {
    this.detector = detector;
  }

  /**
   * The final break offsets inside {@code text[from, to)}, ascending and strictly between the
   * region's first and last non-space characters.
   */
  int[] in(String text, int from, int to) {
    String region = text.substring(from, to);
    int[] proposed = detector.breaks(region);
    int[] extra = missedAfterAbbreviations(region);
    int[] kept = new int[proposed.length + extra.length];
    int n = 0;
    for (int candidate : proposed) {
      int at = keep(region, candidate);
      if (at > 0) {
        kept[n++] = at + from;
      }
    }
    for (int candidate : extra) {
      int at = keep(region, candidate);
      if (at > 0) {
        kept[n++] = at + from;
      }
    }
    int[] result = Arrays.copyOf(kept, n);
    Arrays.sort(result);
    return distinct(result);
  }

  /** The break offset to use for {@code candidate} in {@code text}, or -1 to drop it. */
  static int keep(String text, int candidate) {
    int len = text.length();
    if (candidate <= 0 || candidate >= len) {
      return -1;
    }
    int at = candidate;
    // Quirk: a model may stop before a closing quote or bracket; the quote belongs to the sentence.
    while (at < len && Chars.isClosing(text.charAt(at)) && endsSentence(text, at)) {
      at++;
    }
    // Quirk: typeset text puts a (thin) space before a closing quote ("tomorrow.' \"");
    // a quote standing alone between spaces closes the sentence rather than opening the next.
    int lone = Chars.skipSpaces(text, at, len);
    if (lone > at
        && lone < len
        && Chars.isClosing(text.charAt(lone))
        && (lone + 1 == len || Chars.isSpace(text.charAt(lone + 1)))
        && Chars.isTerminator(text.charAt(lastNonClosing(text, at)))) {
      at = lone + 1;
    }
    if (at >= len || !Chars.isSpace(text.charAt(at))) {
      return -1; // never inside a token ("U.S.-led", "3.5")
    }
    int next = Chars.skipSpaces(text, at, len);
    if (next >= len) {
      return -1; // only trailing spaces follow: the region's end is a break anyway
    }
    if (continues(text.charAt(next))) {
      return -1; // '"We will respond," he said.' and '"Yes!" he said.'
    }
    int tokenStart = at;
    while (tokenStart > 0 && !Chars.isSpace(text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    if (tokenStart == Chars.skipSpaces(text, 0, len)
        && ListMarkers.end(text, tokenStart, len) == at) {
      return -1; // the number of an item ("1. Arms and Equipment Exchanges")
    }
    String word = stripOpening(text.substring(tokenStart, at));
    switch (Abbreviations.roleOf(word)) {
      case NEVER_FINAL:
        return -1;
      case BEFORE_NUMBER:
        return Character.isDigit(text.charAt(next)) ? -1 : at;
      case INSIDE_NAME:
        return opensSentence(text, next) ? at : -1;
      default:
        return at;
    }
  }

  /** Offsets after "U.S.", "Inc." and the like that are followed by a sentence opener. */
  static int[] missedAfterAbbreviations(String text) {
    int[] found = new int[4];
    int n = 0;
    int len = text.length();
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      int at = dot + 1;
      if (at >= len || !Chars.isSpace(text.charAt(at))) {
        continue;
      }
      int next = Chars.skipSpaces(text, at, len);
      if (next >= len || !Character.isUpperCase(text.charAt(next))) {
        continue;
      }
      int tokenStart = dot;
      while (tokenStart > 0 && !Chars.isSpace(text.charAt(tokenStart - 1))) {
        tokenStart--;
      }
      String word = stripOpening(text.substring(tokenStart, at));
      if (Abbreviations.roleOf(word) == Abbreviations.Role.INSIDE_NAME
          && opensSentence(text, next)) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = at;
      }
    }
    return Arrays.copyOf(found, n);
  }

  /** The offset of the last character before {@code at} that is not a space or closing mark. */
  private static int lastNonClosing(String text, int at) {
    int i = at - 1;
    while (i > 0 && (Chars.isClosing(text.charAt(i)) || Chars.isSpace(text.charAt(i)))) {
      i--;
    }
    return Math.max(i, 0);
  }

  /** True when the closing mark at {@code at} ends a quoted or bracketed sentence. */
  private static boolean endsSentence(String text, int at) {
    int before = at - 1;
    while (before >= 0 && Chars.isClosing(text.charAt(before))) {
      before--;
    }
    return before >= 0 && Chars.isTerminator(text.charAt(before));
  }

  /** A next character that can only continue the sentence: lower case or inner punctuation. */
  private static boolean continues(char c) {
    return Character.isLowerCase(c)
        || c == ','
        || c == ';'
        || c == ':'
        || c == ')'
        || c == ']'
        || c == '-'
        || c == '%';
  }

  private static boolean opensSentence(String text, int next) {
    if (Chars.isOpening(text.charAt(next)) && text.charAt(next) != '(') {
      return true;
    }
    int end = next;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return SENTENCE_OPENERS.contains(text.substring(next, end));
  }

  private static String stripOpening(String word) {
    int i = 0;
    while (i < word.length() - 1 && Chars.isOpening(word.charAt(i))) {
      i++;
    }
    return word.substring(i);
  }

  private static int[] distinct(int[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[n - 1] != sorted[i]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }
}
