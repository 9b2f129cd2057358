package dev.dyad.report.brief;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.query.ClaimQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dyad the store says most about: the most claims between two different actors (claims about
 * the past left out), ties broken by independent sources, then by the codes.
 */
public final class MostActiveDyad {
  private MostActiveDyad() {}

  /**
   * The two codes, in alphabetical order; empty when the store holds no claim between two actors.
   */
  public static Optional<List<String>> of(BriefStore store) {
    Set<String> historical = store.historicalClaims();
    Map<List<String>, int[]> tally = new HashMap<>();
    for (Claim c : store.claims(ClaimQuery.ALL)) {
      String a = c.source().code();
      String b = c.targetCode();
      if (b == null || a.equals(b) || historical.contains(c.claimId())) {
        continue;
      }
      int[] n =
          tally.computeIfAbsent(
              a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a), k -> new int[2]);
      n[0]++;
      n[1] += c.independentSources();
    }
    return tally.entrySet().stream()
        .min(
            Comparator.comparingInt((Map.Entry<List<String>, int[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getValue()[1])
                .thenComparing(e -> String.join(",", e.getKey())))
        .map(Map.Entry::getKey);
  }
}
