package dev.dyad.core.coding.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The most salient actors of a document so far: the countries mentioned most often, ties broken by
 * the most recent mention. An article about a dyad names both sides again and again, so "the two
 * countries" means them even when a third state was named just before ("… threats from the U.S. The
 * two countries held drills").
 */
final class Salience {
  private Salience() {}

  /**
   * The {@code n} most mentioned countries among {@code mentions} (oldest first) that pass {@code
   * keep}, each as its most recent mention; fewer when fewer countries were named.
   */
  static List<Party> top(List<Coreference.Antecedent> mentions, int n, Predicate<Party> keep) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> lastSeen = new HashMap<>();
    Map<String, Party> latest = new LinkedHashMap<>();
    for (int k = 0; k < mentions.size(); k++) {
      Party p = mentions.get(k).party();
      if (keep.test(p)) {
        count.merge(p.country(), 1, Integer::sum);
        lastSeen.put(p.country(), k);
        latest.put(p.country(), p);
      }
    }
    List<String> ranked = new ArrayList<>(latest.keySet());
    ranked.sort(
        (a, b) -> {
          int byCount = Integer.compare(count.get(b), count.get(a));
          return byCount != 0 ? byCount : Integer.compare(lastSeen.get(b), lastSeen.get(a));
        });
    List<Party> top = new ArrayList<>();
    for (String country : ranked.subList(0, Math.min(n, ranked.size()))) {
      top.add(latest.get(country));
    }
    return top;
  }
}
