package dev.dyad.core.coding.patterns;

import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cheap test that rules out most patterns of a frequent trigger before they are matched: a
 * pattern can match a sentence only if each of its required word groups (not optional, not the
 * trigger) can start on one of the sentence's tokens.
 *
 * <p>Why an index of its own: the test runs for every pattern of every trigger in every sentence
 * with actors, and probing each group's set of strings with each of the sentence's words took
 * nearly half of the coder's time (profiled on Wikinews). Here every word a required group can
 * start with gets a number; a sentence becomes a bitmap of the numbers of its words (built once),
 * and a group is a sorted array of numbers, with a bitmap of its own when it is large, so the test
 * is a few bit lookups per group.
 */
final class ViabilityIndex {
  /** Groups with more start words than this also get a bitmap, so a test never walks them. */
  private static final int BITMAP_FROM = 12;

  private final Map<String, Integer> numbers;
  private final Map<EventPattern, Group[]> required;

  ViabilityIndex(List<EventPattern> patterns) {
    Map<String, Integer> numbering = new HashMap<>();
    Map<Set<String>, Group> groups = new HashMap<>();
    Map<EventPattern, Group[]> byPattern = new IdentityHashMap<>();
    for (EventPattern p : patterns) {
      List<Group> mine = new ArrayList<>();
      for (int i = 0; i < p.elements().size(); i++) {
        if (i != p.trigger()
            && p.elements().get(i) instanceof PatternElement.Words w
            && !w.optional()) {
          // Equal groups ("(to|for)") recur across patterns: one Group serves them all.
          mine.add(groups.computeIfAbsent(w.firstKeys(), keys -> Group.of(keys, numbering)));
        }
      }
      byPattern.put(p, mine.toArray(Group[]::new));
    }
    this.numbers = Map.copyOf(numbering);
    this.required = byPattern;
  }

  /** The sentence's words, as the numbers of those a required group can start with. */
  SentenceWords wordsOf(List<Token> tokens) {
    long[] bits = new long[(numbers.size() >>> 6) + 1];
    int[] ids = new int[tokens.size()];
    int n = 0;
    for (Token t : tokens) {
      Integer id = numbers.get(t.key());
      if (id != null && (bits[id >>> 6] & (1L << id)) == 0) {
        bits[id >>> 6] |= 1L << id;
        ids[n++] = id;
      }
    }
    return new SentenceWords(bits, Arrays.copyOf(ids, n));
  }

  /** Whether every required group of {@code pattern} can start on one of the sentence's words. */
  boolean viable(EventPattern pattern, SentenceWords keys) {
    Group[] groups = required.get(pattern);
    if (groups == null) {
      // A pattern this index was not built with: no cheap test, let the matcher decide.
      return true;
    }
    for (Group g : groups) {
      if (!g.startsIn(keys)) {
        return false;
      }
    }
    return true;
  }

  /** A required group: the sorted numbers of its start words, and a bitmap of them if many. */
  private record Group(int[] ids, long[] bits) {
    static Group of(Set<String> keys, Map<String, Integer> numbering) {
      int[] ids = new int[keys.size()];
      int n = 0;
      for (String k : keys) {
        ids[n++] = numbering.computeIfAbsent(k, x -> numbering.size());
      }
      Arrays.sort(ids);
      long[] bits = null;
      if (ids.length > BITMAP_FROM) {
        bits = new long[(ids[ids.length - 1] >>> 6) + 1];
        for (int id : ids) {
          bits[id >>> 6] |= 1L << id;
        }
      }
      return new Group(ids, bits);
    }

    boolean startsIn(SentenceWords sentence) {
      if (bits == null || ids.length <= sentence.ids.length) {
        for (int id : ids) {
          if (sentence.has(id)) {
            return true;
          }
        }
        return false;
      }
      for (int id : sentence.ids) {
        int word = id >>> 6;
        if (word < bits.length && (bits[word] & (1L << id)) != 0) {
          return true;
        }
      }
      return false;
    }
  }
}
