package dev.dyad.core.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claims of one merge key, kept up to date as its evidence arrives: what {@link
 * ClaimMerger#claims(String, Collection)} gives for all the evidence added so far. The evidence is
 * kept in the order the merge takes it, so new evidence costs the merge no sort, and a claim whose
 * group of evidence did not change is not made again. For a caller that keeps keys apart and merges
 * again only those new events fall under (a store, a batch at a time).
 *
 * <p>Each event must be added once: unlike the merger, this does not look for repeats. Not
 * thread-safe.
 */
public final class KeyClaims {
  private final ClaimKey key;
  private final ClaimActors actors;
  private final List<ClaimEvidence> evidence;
  private Map<ClaimBucket.Members, Claim> made = new HashMap<>();
  private List<Claim> claims;

  KeyClaims(ClaimKey key, ClaimActors actors, Collection<ClaimEvidence> evidence) {
    this.key = key;
    this.actors = actors;
    this.evidence = new ArrayList<>(evidence);
    check(evidence);
    this.evidence.sort(ClaimEvidence.SPECIFIC_FIRST);
    this.claims = merge();
  }

  /** Adds the evidence of new events of this key, and merges the key again. */
  public void add(Collection<ClaimEvidence> fresh) {
    check(fresh);
    evidence.addAll(fresh);
    // Two sorted runs (or one and a few): the sort merges them.
    evidence.sort(ClaimEvidence.SPECIFIC_FIRST);
    claims = merge();
  }

  /** The key's claims, in no particular order. */
  public List<Claim> claims() {
    return claims;
  }

  /** Pieces of evidence kept. */
  public int size() {
    return evidence.size();
  }

  public String key() {
    return key.text();
  }

  private List<Claim> merge() {
    Map<ClaimBucket.Members, Claim> next = new HashMap<>();
    List<Claim> out = ClaimBucket.claims(key, evidence, actors, made, next);
    made = next;
    return out;
  }

  private void check(Collection<ClaimEvidence> pieces) {
    String text = key.text();
    for (ClaimEvidence e : pieces) {
      Objects.requireNonNull(e, "evidence");
      if (!e.key().equals(text)) {
        throw new IllegalArgumentException(
            "evidence of event "
                + e.mention().eventId()
                + " is of key "
                + e.key()
                + ", not "
                + text);
      }
    }
  }
}
