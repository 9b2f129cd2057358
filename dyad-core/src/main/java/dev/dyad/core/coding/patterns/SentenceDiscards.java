package dev.dyad.core.coding.patterns;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases that mark a sentence as sport or entertainment ({@code discards.txt}), where "France beat
 * Argentina" is a match, not an attack. A discarded sentence codes nothing.
 */
public final class SentenceDiscards {
  static final String RESOURCE = "/dev/dyad/core/coding/discards.txt";

  /** First word → the phrases (as token keys) that start with it. */
  private final Map<String, List<List<String>>> phrases;

  private SentenceDiscards(Map<String, List<List<String>>> phrases) {
    this.phrases = phrases;
  }

  /** The built-in file. */
  public static SentenceDiscards builtIn() {
    return Holder.INSTANCE;
  }

  /** Whether the sentence holds a discard phrase. */
  public boolean discards(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      List<List<String>> candidates = phrases.get(tokens.get(i).key());
      if (candidates == null) {
        continue;
      }
      for (List<String> phrase : candidates) {
        if (startsAt(tokens, i, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsAt(List<Token> tokens, int i, List<String> phrase) {
    if (i + phrase.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!tokens.get(i + k).key().equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  static SentenceDiscards parse(List<String> lines) {
    Map<String, List<List<String>>> out = new HashMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> keys = new ArrayList<>();
      Tokenizer.tokenize(line).forEach(t -> keys.add(t.key()));
      if (!keys.isEmpty()) {
        out.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(List.copyOf(keys));
      }
    }
    return new SentenceDiscards(Map.copyOf(out));
  }

  private static final class Holder {
    static final SentenceDiscards INSTANCE = parse(TriggerSenses.lines(RESOURCE));
  }
}
