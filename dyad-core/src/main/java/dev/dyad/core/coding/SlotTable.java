package dev.dyad.core.coding;

import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The slot fills of one sentence, indexed by first and by last token, longest first. */
final class SlotTable {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Comparator<SlotFill> LONGEST_FIRST =
      Comparator.comparingInt(SlotFill::length).reversed();

  private final List<SlotFill>[] starting;
  private final List<SlotFill>[] ending;

  @SuppressWarnings("unchecked")
  SlotTable(List<Token> tokens, List<SlotFill> fills) {
    int n = tokens.size();
    starting = new List[n];
    ending = new List[n];
    for (SlotFill f : fills) {
      add(f);
      // A leading article belongs to the actor's words: "the United States", "the Kremlin".
      if (f.first() > 0 && DETERMINERS.contains(tokens.get(f.first() - 1).key())) {
        add(new SlotFill(f.first() - 1, f.last(), f.parties(), f.oneOf(), f.reference()));
      }
    }
    for (int k = 0; k < n; k++) {
      if (starting[k] != null) {
        starting[k].sort(LONGEST_FIRST);
      }
      if (ending[k] != null) {
        ending[k].sort(LONGEST_FIRST);
      }
    }
  }

  private void add(SlotFill f) {
    if (starting[f.first()] == null) {
      starting[f.first()] = new ArrayList<>(2);
    }
    if (ending[f.last()] == null) {
      ending[f.last()] = new ArrayList<>(2);
    }
    starting[f.first()].add(f);
    ending[f.last()].add(f);
  }

  /** Fills whose first token is {@code pos}. */
  List<SlotFill> startingAt(int pos) {
    return starting[pos] == null ? List.of() : starting[pos];
  }

  /** Fills whose last token is {@code pos}. */
  List<SlotFill> endingAt(int pos) {
    return ending[pos] == null ? List.of() : ending[pos];
  }
}
