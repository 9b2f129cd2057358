package dev.dyad.core.text;

/** Character classes shared by the splitting rules. */
final class Chars {
  private Chars() {}

  /** Whitespace for trimming: Java whitespace plus no-break and other Unicode spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
  }

  static boolean isOpening(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '[';
  }

  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** The first offset in {@code [from, to)} that is not a space, or {@code to}. */
  static int skipSpaces(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The offset after the last character in {@code [from, to)} that is not a space, or {@code from}.
   */
  static int trimEnd(CharSequence text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
