package dev.dyad.core.text;

/** Recognises the marker that opens a numbered or bulleted item ("1.", "2)", "iv.", "•", "·"). */
final class ListMarkers {
  private ListMarkers() {}

  /**
   * The offset just after a list marker that starts at {@code from} and is followed by a space, or
   * -1 when there is none.
   */
  static int end(CharSequence text, int from, int to) {
    if (from >= to) {
      return -1;
    }
    char c = text.charAt(from);
    int i;
    if (isBullet(c)) {
      i = from + 1;
    } else if (Character.isDigit(c)) {
      i = from;
      while (i < to && i - from < 3 && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i >= to || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
        return -1;
      }
      i++;
    } else if (Character.isLetter(c)) {
      i = from;
      while (i < to && i - from < 4 && isRomanOrLetter(text.charAt(i), i == from)) {
        i++;
      }
      if (i - from > 1 && !isRoman(text, from, i)) {
        return -1;
      }
      if (i >= to || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
        return -1;
      }
      i++;
    } else {
      return -1;
    }
    return i < to && Chars.isSpace(text.charAt(i)) ? i : -1;
  }

  private static boolean isBullet(char c) {
    return c == '•' || c == '·' || c == '▪' || c == '◦' || c == '‣' || c == '∙' || c == '*'
        || c == '-' || c == '–' || c == '—' || c == '○' || c == '■';
  }

  private static boolean isRomanOrLetter(char c, boolean first) {
    return first ? Character.isLetter(c) : "ivxIVX".indexOf(c) >= 0;
  }

  private static boolean isRoman(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("ivxIVX".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
