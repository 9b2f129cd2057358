package dev.dyad.core.coding.patterns;

import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One element of a compiled event pattern. */
sealed interface PatternElement {

  /** An actor slot: {@code {S}} source, {@code {T}} target, {@code {P}} two or more parties. */
  record Slot(char role) implements PatternElement {}

  /**
   * A bounded gap of up to {@code max} tokens that never crosses a clause boundary; {@code far}
   * tries the longest gap first (the head of a passive subject is at the start of its phrase). An
   * {@code open} gap crosses complementizers and relative pronouns ("allowed that Mordor …",
   * "which", "who", "whether"); every other boundary stops it. The patterns of verb dictionaries
   * name their words, so their gaps are open but for the one before the subject.
   */
  record Gap(int max, boolean far, boolean open) implements PatternElement {
    Gap(int max, boolean far) {
      this(max, far, false);
    }
  }

  /**
   * Alternative token sequences, each token a set of lower-case surface forms.
   *
   * @param alternatives the sequences, longest first so that the longest reading wins
   * @param optional whether the element may be skipped
   * @param wordClass the class name ("WEAPON") when this is a class element; its matched words
   *     become the event's object
   * @param source the element as written, for messages
   * @param firstKeys every form the first token of some alternative can take
   * @param lastKeys every form the last token of some alternative can take
   * @param byFirst the alternatives by a form their first token can take, longest first
   * @param byLast the alternatives by a form their last token can take, longest first
   */
  record Words(
      List<List<Set<String>>> alternatives,
      boolean optional,
      String wordClass,
      String source,
      Set<String> firstKeys,
      Set<String> lastKeys,
      Map<String, List<List<Set<String>>>> byFirst,
      Map<String, List<List<Set<String>>>> byLast)
      implements PatternElement {

    static Words of(
        List<List<Set<String>>> alternatives, boolean optional, String wordClass, String source) {
      // Indexed by the token they start or end with: a verb block's trigger has hundreds of
      // alternatives, and a position can only start the few that begin with its word.
      Map<String, List<List<Set<String>>>> first = new HashMap<>();
      Map<String, List<List<Set<String>>>> last = new HashMap<>();
      for (List<Set<String>> seq : alternatives) {
        for (String key : seq.get(0)) {
          first.computeIfAbsent(key, k -> new ArrayList<>()).add(seq);
        }
        for (String key : seq.get(seq.size() - 1)) {
          last.computeIfAbsent(key, k -> new ArrayList<>()).add(seq);
        }
      }
      Map<String, List<List<Set<String>>>> byFirst = new HashMap<>();
      first.forEach((k, v) -> byFirst.put(k, List.copyOf(v)));
      Map<String, List<List<Set<String>>>> byLast = new HashMap<>();
      last.forEach((k, v) -> byLast.put(k, List.copyOf(v)));
      return new Words(
          alternatives,
          optional,
          wordClass,
          source,
          Set.copyOf(byFirst.keySet()),
          Set.copyOf(byLast.keySet()),
          Map.copyOf(byFirst),
          Map.copyOf(byLast));
    }

    /**
     * Writes into {@code lengths} the lengths of the alternatives that match with their first token
     * at {@code pos} ({@code dir} = 1) or their last token at {@code pos} ({@code dir} = -1);
     * returns how many matched.
     */
    int match(List<Token> tokens, int pos, int dir, int[] lengths) {
      // Fast rejection: most positions hold no word of the element at all.
      List<List<Set<String>>> candidates = (dir > 0 ? byFirst : byLast).get(tokens.get(pos).key());
      if (candidates == null) {
        return 0;
      }
      int found = 0;
      for (List<Set<String>> seq : candidates) {
        int n = seq.size();
        int start = dir > 0 ? pos : pos - n + 1;
        if (start < 0 || start + n > tokens.size()) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < n && ok; k++) {
          ok = seq.get(k).contains(tokens.get(start + k).key());
        }
        if (ok && !contains(lengths, found, n)) {
          lengths[found++] = n;
        }
      }
      return found;
    }

    private static boolean contains(int[] values, int size, int value) {
      for (int k = 0; k < size; k++) {
        if (values[k] == value) {
          return true;
        }
      }
      return false;
    }
  }
}
