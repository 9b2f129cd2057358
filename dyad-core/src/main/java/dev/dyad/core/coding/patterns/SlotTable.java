package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.mentions.SlotFill;
import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The slot fills of one sentence, indexed by first and by last token, longest first. */
public final class SlotTable {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> TIME_OF_TITLE =
      Set.of("former", "then", "late", "outgoing", "incoming", "incumbent", "acting", "interim");
  private static final Comparator<SlotFill> LONGEST_FIRST =
      Comparator.comparingInt(SlotFill::length).reversed();

  // Slots are rare: most positions keep a null list.
  private final List<List<SlotFill>> starting;
  private final List<List<SlotFill>> ending;

  public SlotTable(List<Token> tokens, List<SlotFill> fills) {
    int n = tokens.size();
    starting = new ArrayList<>(java.util.Collections.nCopies(n, null));
    ending = new ArrayList<>(java.util.Collections.nCopies(n, null));
    for (SlotFill f : fills) {
      add(f);
      // A leading article belongs to the actor's words: "the United States", "the Kremlin"; so do
      // the words that date a title ("endorsed former Vice President Joe Biden", "met the then
      // prime minister").
      for (int k = f.first() - 1; k >= 0; k--) {
        String key = tokens.get(k).key();
        boolean article = DETERMINERS.contains(key);
        if (!article && !TIME_OF_TITLE.contains(key)) {
          break;
        }
        add(new SlotFill(k, f.last(), f.parties(), f.oneOf(), f.reference()));
        if (article) {
          break;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      if (starting.get(k) != null) {
        starting.get(k).sort(LONGEST_FIRST);
      }
      if (ending.get(k) != null) {
        ending.get(k).sort(LONGEST_FIRST);
      }
    }
  }

  private void add(SlotFill f) {
    if (starting.get(f.first()) == null) {
      starting.set(f.first(), new ArrayList<>(2));
    }
    if (ending.get(f.last()) == null) {
      ending.set(f.last(), new ArrayList<>(2));
    }
    starting.get(f.first()).add(f);
    ending.get(f.last()).add(f);
  }

  /** Fills whose first token is {@code pos}. */
  List<SlotFill> startingAt(int pos) {
    List<SlotFill> list = starting.get(pos);
    return list == null ? List.of() : list;
  }

  /** Fills whose last token is {@code pos}. */
  List<SlotFill> endingAt(int pos) {
    List<SlotFill> list = ending.get(pos);
    return list == null ? List.of() : list;
  }
}
