package dev.dyad.core.time;

import dev.dyad.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Cuts a sentence into rough clauses so that "Putin, who visited in 2000, met Kim on Wednesday"
 * dates the meeting by Wednesday. Commas, semicolons, colons and dashes end a clause, and so do
 * words that open a subordinate or relative one. A fronted adverbial ("In 2000, …") becomes a
 * clause of its own; it still applies through the sentence-level fallback.
 */
final class Clauses {
  private static final Set<String> PUNCTUATION =
      Set.of(",", ";", ":", "\u2014", "\"", "\u201c", "\u201d");
  private static final Set<String> OPENERS =
      Set.of(
          "that",
          "which",
          "who",
          "whom",
          "whose",
          "where",
          "while",
          "whereas",
          "although",
          "though",
          "because",
          "but");

  private Clauses() {}

  /** The clause number of every token, counting from 0. */
  static int[] of(List<Token> tokens) {
    int[] clause = new int[tokens.size()];
    int current = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String key = tokens.get(i).key();
      if (PUNCTUATION.contains(key)) {
        clause[i] = current++;
        continue;
      }
      if (OPENERS.contains(key) && i > 0) {
        current++;
      }
      clause[i] = current;
    }
    return clause;
  }
}
