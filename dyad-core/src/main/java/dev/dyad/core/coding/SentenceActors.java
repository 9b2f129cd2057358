package dev.dyad.core.coding;

import dev.dyad.core.actors.ActorMention;
import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The actors of one sentence as token runs: each mention, and each coordination of mentions
 * ("South Korea and Japan", "Seoul, Tokyo and Washington", "Both Moscow and Pyongyang").
 *
 * @param fills single mentions and coordinations, in token order
 * @param antecedents the same actors for later references, oldest first, coordinations grouped
 */
record SentenceActors(List<SlotFill> fills, List<Coreference.Antecedent> antecedents) {

  private static final Set<String> CONNECTORS = Set.of(",", "and", "the", "-", "nor", "&", "or");
  private static final Set<String> LEADING = Set.of("both", "neither", "either");

  static final SentenceActors NONE = new SentenceActors(List.of(), List.of());

  /** Maps {@code mentions} (character spans) to token runs and groups coordinations. */
  static SentenceActors of(List<Token> tokens, List<ActorMention> mentions, int groupBase) {
    if (mentions.isEmpty()) {
      return NONE;
    }
    List<SlotFill> singles = new ArrayList<>();
    for (ActorMention m : mentions) {
      int first = -1;
      int last = -1;
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (first < 0 && t.start() >= m.start() && t.end() <= m.end()) {
          first = k;
        }
        if (t.start() >= m.start() && t.end() <= m.end()) {
          last = k;
        }
      }
      if (first >= 0) {
        singles.add(new SlotFill(first, last, List.of(Party.of(m)), false, false));
      }
    }
    List<SlotFill> fills = new ArrayList<>(singles);
    List<Coreference.Antecedent> antecedents = new ArrayList<>();
    int i = 0;
    int group = groupBase;
    while (i < singles.size()) {
      int j = i;
      boolean sawAnd = false;
      while (j + 1 < singles.size() && connected(tokens, singles.get(j), singles.get(j + 1))) {
        sawAnd |= hasAnd(tokens, singles.get(j), singles.get(j + 1));
        j++;
      }
      if (j > i && sawAnd) {
        List<Party> parties = new ArrayList<>();
        for (int k = i; k <= j; k++) {
          Party p = singles.get(k).parties().get(0);
          if (parties.stream().noneMatch(q -> q.code().equals(p.code()))) {
            parties.add(p);
          }
        }
        int first = singles.get(i).first();
        if (first > 0 && LEADING.contains(tokens.get(first - 1).key())) {
          first--;
        }
        if (parties.size() > 1) {
          fills.add(new SlotFill(first, singles.get(j).last(), parties, false, false));
        }
        for (Party p : parties) {
          antecedents.add(new Coreference.Antecedent(p, group));
        }
        group++;
      } else {
        for (int k = i; k <= j; k++) {
          antecedents.add(new Coreference.Antecedent(singles.get(k).parties().get(0), -1));
        }
      }
      i = j + 1;
    }
    return new SentenceActors(List.copyOf(fills), List.copyOf(antecedents));
  }

  private static boolean connected(List<Token> tokens, SlotFill a, SlotFill b) {
    int gap = b.first() - a.last() - 1;
    if (gap < 1 || gap > 3) {
      return false;
    }
    for (int k = a.last() + 1; k < b.first(); k++) {
      if (!CONNECTORS.contains(tokens.get(k).key())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasAnd(List<Token> tokens, SlotFill a, SlotFill b) {
    for (int k = a.last() + 1; k < b.first(); k++) {
      String key = tokens.get(k).key();
      if (key.equals("and") || key.equals("-") || key.equals("nor") || key.equals("&")) {
        return true;
      }
    }
    return false;
  }
}
