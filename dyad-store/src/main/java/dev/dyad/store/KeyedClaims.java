package dev.dyad.store;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimEvidence;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimMerger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim tables kept in step with new evidence one claim key at a time: the claims of a key
 * depend only on its evidence ({@link ClaimMerger#claims(String, java.util.Collection)}), so a
 * batch merges again only the keys its events fall under, and writes only the claims that changed.
 *
 * <p>Within one writer session the keys' evidence and claims are kept in a cache of at most {@link
 * #budget} pieces of evidence, least recently used forgotten first, so that the busiest keys are
 * read from {@code claim_evidence} once rather than once per batch; a key not in the cache is read
 * back and its claims merged again (they are the stored ones). After a failed batch the caller
 * {@link #forget}s it all: the rolled-back rows must not linger in memory.
 */
final class KeyedClaims {
  /** Evidence kept across batches by default: about 100 MB of heap. */
  static final int DEFAULT_BUDGET = 300_000;

  private record KeyState(List<ClaimEvidence> evidence, List<Claim> claims) {}

  private final ClaimMerger merger;
  private final int budget;
  private final LinkedHashMap<String, KeyState> cache = new LinkedHashMap<>(256, 0.75f, true);
  private long cached;

  KeyedClaims(ClaimMerger merger, int budget) {
    this.merger = merger;
    this.budget = budget;
  }

  /**
   * Adds fresh evidence (its rows and the claims it changes), inside the caller's transaction;
   * returns how many claims were written or dropped.
   */
  int add(Connection c, List<ClaimEvidence> fresh) throws SQLException {
    Map<String, List<ClaimEvidence>> byKey = new LinkedHashMap<>();
    for (ClaimEvidence e : fresh) {
      byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
    }
    List<String> missing = new ArrayList<>();
    for (String key : byKey.keySet()) {
      if (!cache.containsKey(key)) {
        missing.add(key);
      }
    }
    Map<String, List<ClaimEvidence>> loaded = EvidenceRows.load(c, missing);
    TableChanges<Claim, ClaimMention> changes =
        new TableChanges<>("claims", "claim_mentions", "claim_id", ClaimRows.CLAIMS);
    try (Appender rows = Appender.of(c, "claim_evidence")) {
      for (Map.Entry<String, List<ClaimEvidence>> entry : byKey.entrySet()) {
        String key = entry.getKey();
        KeyState before = cache.remove(key);
        if (before == null) {
          List<ClaimEvidence> stored = loaded.getOrDefault(key, new ArrayList<>());
          stored.sort(ClaimEvidence.SPECIFIC_FIRST);
          before = new KeyState(stored, stored.isEmpty() ? List.of() : merger.claims(key, stored));
        } else {
          cached -= before.evidence().size();
        }
        List<ClaimEvidence> all =
            new ArrayList<>(before.evidence().size() + entry.getValue().size());
        all.addAll(before.evidence());
        all.addAll(entry.getValue());
        // Two sorted runs: the sort merges them.
        all.sort(ClaimEvidence.SPECIFIC_FIRST);
        List<Claim> after = merger.claims(key, all);
        changes.change(before.claims(), after);
        cache.put(key, new KeyState(all, after));
        cached += all.size();
        for (ClaimEvidence e : entry.getValue()) {
          EvidenceRows.append(rows, e);
        }
      }
    }
    changes.write(c);
    trim();
    return changes.size();
  }

  /** Forgets every key, as after a rolled-back batch. */
  void forget() {
    cache.clear();
    cached = 0;
  }

  private void trim() {
    Iterator<KeyState> eldest = cache.values().iterator();
    while (cached > budget && eldest.hasNext()) {
      cached -= eldest.next().evidence().size();
      eldest.remove();
    }
  }
}
