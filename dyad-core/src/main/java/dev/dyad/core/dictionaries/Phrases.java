package dev.dyad.core.dictionaries;

/** Phrases of TABARI/PETRARCH files: words joined by {@code _} or spaces, in upper case. */
final class Phrases {
  private Phrases() {}

  /**
   * The phrase with {@code _} read as a space, runs of spaces collapsed and ends trimmed:
   * "AFGHANISTAN_" is "AFGHANISTAN". PETRARCH matches whole words, so a final {@code _} (which
   * TABARI used to stop a stem) changes nothing.
   */
  static String normalise(String written) {
    StringBuilder out = new StringBuilder(written.length());
    boolean space = false;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '_' || Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the tokenizer finds a word in it. */
  static boolean hasWord(String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      if (Character.isLetterOrDigit(phrase.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Short words that are no acronym: they read in lower case inside a name. */
  private static final java.util.Set<String> SMALL =
      java.util.Set.of(
          "THE", "OF", "AND", "FOR", "IN", "ON", "AT", "TO", "DE", "DU", "LA", "EL", "AL");

  /**
   * "UNITED STATES" as a name: "United States". A word of up to three letters stays in capitals
   * (UN, USA), except the small words of {@link #SMALL} ("Ministry of Magic").
   */
  static String title(String phrase) {
    String[] words = phrase.split(" ");
    StringBuilder out = new StringBuilder(phrase.length());
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (w > 0) {
        out.append(' ');
      }
      boolean letters = word.chars().allMatch(Character::isLetter);
      if (!letters || word.isEmpty()) {
        out.append(word);
      } else if (SMALL.contains(word)) {
        out.append(
            w == 0
                ? word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT)
                : word.toLowerCase(java.util.Locale.ROOT));
      } else if (word.length() <= 3) {
        out.append(word);
      } else {
        out.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out.toString();
  }
}
