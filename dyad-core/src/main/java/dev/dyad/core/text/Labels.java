package dev.dyad.core.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a short Title-Case label glued to the sentence after it ("Mutual Isolation: Both North
 * Korea and Russia face…"), so the label can become a sentence of its own.
 */
final class Labels {

  static final int MAX_WORDS = 8;
  private static final int MAX_LABEL_CHARS = 100;
  private static final int MIN_SENTENCE_WORDS = 3;

  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "by", "de", "for", "from", "in", "into", "of", "on", "or",
          "the", "to", "vs", "vs.", "with", "&", "-", "–", "—");

  // Letters, digits and the joiners of names ("Russia's", "Russia-North", "U.S.", "R&D").
  private static final Pattern LABEL_WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&/.\\-]*");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Labels() {}

  /**
   * The offset just after the label's colon when {@code text[from, to)} starts with a label
   * followed by a sentence, else -1. A list marker before the label is allowed and stays with it.
   */
  static int end(String text, int from, int to) {
    int start = Chars.skipSpaces(text, from, to);
    int marker = ListMarkers.end(text, start, to);
    if (marker >= 0) {
      start = Chars.skipSpaces(text, marker, to);
    }
    int limit = Math.min(to, start + MAX_LABEL_CHARS);
    int colon = -1;
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (c == '\n' || c == ',' || c == ';' || c == '!' || c == '?' || c == '"' || c == '“') {
        return -1;
      }
    }
    if (colon <= start || !isLabel(text.substring(start, colon))) {
      return -1;
    }
    // A colon glued to what follows is a time or a ratio ("10:30"), not a label.
    if (colon + 1 >= to || !Chars.isSpace(text.charAt(colon + 1))) {
      return -1;
    }
    int next = Chars.skipSpaces(text, colon + 1, to);
    if (next >= to || !startsSentence(text.charAt(next))) {
      return -1;
    }
    return countWords(text, next, to) >= MIN_SENTENCE_WORDS && isSentence(text, next, to)
        ? colon + 1
        : -1;
  }

  /**
   * True when {@code text[from, to)} reads as a sentence rather than as the second half of a
   * Title-Case headline ("Partnership: Strategic Motives and Global Risks"): it ends with a
   * terminator or has a lower-case word that is not a small word of titles.
   */
  private static boolean isSentence(String text, int from, int to) {
    int end = Chars.trimEnd(text, from, to);
    while (end > from && Chars.isClosing(text.charAt(end - 1))) {
      end--;
    }
    if (end > from && Chars.isTerminator(text.charAt(end - 1))) {
      return true;
    }
    int i = from;
    while (i < to) {
      int wordEnd = i;
      while (wordEnd < to && !Chars.isSpace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd > i
          && Character.isLowerCase(text.charAt(i))
          && !SMALL_WORDS.contains(text.substring(i, wordEnd))) {
        return true;
      }
      i = Chars.skipSpaces(text, wordEnd, to);
    }
    return false;
  }

  private static boolean isLabel(String label) {
    String[] words = SPACES.split(label.trim());
    if (words.length == 0 || words.length > MAX_WORDS || words[0].isEmpty()) {
      return false;
    }
    if (!Character.isUpperCase(words[0].codePointAt(0))) {
      return false;
    }
    for (String word : words) {
      boolean small = SMALL_WORDS.contains(word);
      if (!small && !isTitleWord(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitleWord(String word) {
    if (!LABEL_WORD.matcher(word).matches()) {
      return false;
    }
    int first = word.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    // A full stop only inside an acronym ("U.S."), never ending a plain word ("Said.").
    return word.indexOf('.') < 0
        || Abbreviations.roleOf(word.endsWith(".") ? word : word + ".")
            == Abbreviations.Role.INSIDE_NAME;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || Chars.isOpening(c);
  }

  private static int countWords(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to && words < MIN_SENTENCE_WORDS; i++) {
      boolean space = Chars.isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
