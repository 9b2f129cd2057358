package dev.dyad.store;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimEvidence;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimMerger;
import dev.dyad.core.claims.KeyClaims;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim tables kept in step with new evidence one claim key at a time: the claims of a key
 * depend only on its evidence ({@link KeyClaims}), so a batch merges again only the keys its events
 * fall under, and writes only the claims that changed.
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

  private final ClaimMerger merger;
  private final int budget;
  private final LinkedHashMap<String, KeyClaims> cache = new LinkedHashMap<>(256, 0.75f, true);
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
    List<String> uncached = new ArrayList<>();
    for (String key : byKey.keySet()) {
      if (!cache.containsKey(key)) {
        uncached.add(key);
      }
    }
    Map<String, Long> known = storedKeys(c, uncached);
    List<String> missing = new ArrayList<>();
    long since = Long.MAX_VALUE;
    for (String key : uncached) {
      // A key the store has no evidence of needs no read: most keys of a new quarter are new.
      Long first = known.get(key);
      if (first != null) {
        missing.add(key);
        since = Math.min(since, first);
      }
    }
    Map<String, List<ClaimEvidence>> loaded = EvidenceRows.load(c, missing, since);
    TableChanges<Claim, ClaimMention> changes =
        new TableChanges<>("claims", "claim_mentions", "claim_id", ClaimRows.CLAIMS);
    try (Appender rows = Appender.of(c, "claim_evidence")) {
      for (Map.Entry<String, List<ClaimEvidence>> entry : byKey.entrySet()) {
        String key = entry.getKey();
        KeyClaims claims = cache.remove(key);
        if (claims == null) {
          claims = merger.keyClaims(key, loaded.getOrDefault(key, List.of()));
        } else {
          cached -= claims.size();
        }
        // Only the claims whose groups changed: the key's other claims stay as stored.
        KeyClaims.Change change = claims.update(entry.getValue());
        changes.change(change.before(), change.after());
        cache.put(key, claims);
        cached += claims.size();
        for (ClaimEvidence e : entry.getValue()) {
          EvidenceRows.append(rows, e);
        }
      }
    }
    changes.write(c);
    trim();
    return changes.size();
  }

  /**
   * Which of {@code keys} {@code claim_evidence} holds, with the first arrival of each: a batch
   * reads back only keys that have evidence, and only rows from the first arrival among them
   * (evidence is appended in arrival order, so the read skips the older part of the table; keys are
   * placed in quarters, so a stream's keys are recent). Asked per batch rather than kept for the
   * whole store: the keys grow with every quarter a store covers (67,054 in the synthetic
   * million-document store, many more in years of real news), while the lookup is one hash join on
   * the batch's keys (a scan of {@code claim_evidence} that DuckDB filters by them).
   */
  private static Map<String, Long> storedKeys(Connection c, List<String> keys) throws SQLException {
    Map<String, Long> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    try (BatchKeys batch = BatchKeys.ofStrings(c, "batch_claim_keys", "claim_key", keys);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT e.claim_key, min(e.arrival) FROM claim_evidence e"
                    + " JOIN batch_claim_keys k USING (claim_key) GROUP BY e.claim_key")) {
      while (r.next()) {
        found.put(r.getString(1), r.getLong(2));
      }
    }
    return found;
  }

  /** Forgets every key, as after a rolled-back batch. */
  void forget() {
    cache.clear();
    cached = 0;
  }

  private void trim() {
    Iterator<KeyClaims> eldest = cache.values().iterator();
    while (cached > budget && eldest.hasNext()) {
      cached -= eldest.next().size();
      eldest.remove();
    }
  }
}
