package dev.dyad.core.time;

import dev.dyad.core.text.Token;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence's token keys joined by single spaces, so that temporal patterns can be regular
 * expressions over words ("in october 2024", "last week") while matches still map back to tokens.
 */
final class KeyText {
  private final String text;
  private final int[] starts;

  KeyText(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    starts = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      starts[i] = sb.length();
      // A key never holds a space when it comes from the tokenizer; a hand-built one might.
      sb.append(tokens.get(i).key().replace(' ', '_'));
    }
    text = sb.toString();
  }

  String text() {
    return text;
  }

  /** Index of the token that holds character {@code offset}. */
  int token(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** Index of the last token of a match ending (exclusively) at {@code end}. */
  int lastToken(int end) {
    return token(Math.max(0, end - 1));
  }
}
