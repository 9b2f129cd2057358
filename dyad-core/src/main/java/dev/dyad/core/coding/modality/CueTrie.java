package dev.dyad.core.coding.modality;

import dev.dyad.core.coding.clauses.ClauseSplitter;
import dev.dyad.core.coding.patterns.Fillers;
import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues as a trie on token keys, so that a sentence is read once, left to right, whatever the
 * number of cues. Matching is greedy: the longest cue starting at a token wins and the scan goes on
 * after it, so "not ruled out" is not also read as "not", and "would not" is not read as "would".
 */
final class CueTrie {
  private final Node root = new Node();

  CueTrie(Collection<Cue> cues) {
    for (Cue cue : cues) {
      Node node = root;
      for (String key : cue.keys()) {
        node = node.children.computeIfAbsent(key, k -> new Node());
      }
      node.cues.add(cue);
    }
    root.freeze();
  }

  /** The cue matches in a sentence, in order and without overlap. */
  List<CueMatch> matches(List<Token> tokens) {
    List<CueMatch> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node node = root;
      Node best = null;
      int bestEnd = i;
      boolean skipped = false;
      boolean beforeThat = false;
      for (int j = i; j < tokens.size(); j++) {
        Node next = node.children.get(tokens.get(j).key());
        if (next == null && j > i && !skipped && !node.children.isEmpty()) {
          // "agreed on Monday to", "vowed in a statement to": an adverbial before a cue's "to".
          // Before a "that" only for an attribution ("reported on Thursday that"): a hedge's
          // "that" after one ("warned on Thursday that") would carry the cue's reading past the
          // clauses that follow, which the plain cue never reached.
          int skip = Fillers.adverbialsAt(tokens, j);
          if (skip == 0) {
            // "told CNN that", "told a news conference that": the one told, before "that".
            skip = toldObject(tokens, j);
          }
          String after = j + skip < tokens.size() ? tokens.get(j + skip).key() : "";
          if (skip > 0 && (after.equals("to") || after.equals("that"))) {
            skipped = true;
            beforeThat = after.equals("that");
            j += skip;
            next = node.children.get(tokens.get(j).key());
          }
        }
        node = next;
        if (node == null) {
          break;
        }
        if (!node.cues.isEmpty() && (!beforeThat || allReported(node.cues))) {
          best = node;
          bestEnd = j + 1;
        }
      }
      if (best == null) {
        i++;
      } else {
        found.add(new CueMatch(i, bestEnd, best.cues));
        i = bestEnd;
      }
    }
    return found;
  }

  /**
   * The length of the object of a word of telling that starts at {@code j} and ends before "that".
   */
  private static int toldObject(List<Token> tokens, int j) {
    for (int k = j + 1; k < tokens.size() && k <= j + 4; k++) {
      if (tokens.get(k).key().equals("that")) {
        return ClauseSplitter.tellingBefore(tokens, k) == j - 1 ? k - j : 0;
      }
    }
    return 0;
  }

  private static boolean allReported(List<Cue> cues) {
    return cues.stream().allMatch(c -> c.modality() == Modality.REPORTED);
  }

  private static final class Node {
    private Map<String, Node> children = new HashMap<>();
    private List<Cue> cues = new ArrayList<>();

    private void freeze() {
      children.values().forEach(Node::freeze);
      children = Map.copyOf(children);
      cues = List.copyOf(cues);
    }
  }
}
