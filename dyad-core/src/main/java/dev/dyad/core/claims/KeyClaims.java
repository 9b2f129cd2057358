package dev.dyad.core.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claims of one merge key, kept up to date as its evidence arrives: what {@link
 * ClaimMerger#claims(String, Collection)} gives for all the evidence added so far. For a caller
 * that keeps keys apart and merges again only those new events fall under (a store, a batch at a
 * time).
 *
 * <p>The evidence is kept in the order the merge takes it ({@link ClaimEvidence#SPECIFIC_FIRST}):
 * new evidence is put in its place by binary search, so the merge needs no sort. The key's groups
 * are kept, not its claims: {@link #update} makes a claim only for a group whose members changed,
 * and tells the caller just those, so that a key of thousands of claims that gains one report costs
 * the claims that report changes. {@link #claims()} makes the rest when asked.
 *
 * <p>Each event must be added once: unlike the merger, this does not look for repeats. Not
 * thread-safe.
 */
public final class KeyClaims {
  private final ClaimKey key;
  private final ClaimActors actors;
  private List<ClaimEvidence> evidence;
  private List<ClaimGrouping.Group> groups;
  private List<ClaimBucket.Members> members;

  /** The claims made so far of current groups, by their members. */
  private final Map<ClaimBucket.Members, Claim> made = new HashMap<>();

  /**
   * What an {@link #update} changed.
   *
   * @param before the claims no longer made (as they were)
   * @param after the claims made anew, or changed; a claim of neither list is as it was
   */
  public record Change(List<Claim> before, List<Claim> after) {}

  KeyClaims(ClaimKey key, ClaimActors actors, Collection<ClaimEvidence> evidence) {
    this.key = key;
    this.actors = actors;
    check(evidence);
    this.evidence = new ArrayList<>(evidence);
    this.evidence.sort(ClaimEvidence.SPECIFIC_FIRST);
    this.groups = ClaimGrouping.partitionSorted(this.evidence, key.strictObjects());
    this.members = membersOf(groups);
  }

  /** Adds the evidence of new events of this key, and merges the key again. */
  public void add(Collection<ClaimEvidence> fresh) {
    update(fresh);
  }

  /**
   * Adds the evidence of new events of this key, merges the key again, and returns the claims that
   * changed: the claims of the key were {@link #claims()} less {@code before} plus {@code after}.
   */
  public Change update(Collection<ClaimEvidence> fresh) {
    check(fresh);
    evidence = inserted(evidence, fresh);
    List<ClaimGrouping.Group> next = ClaimGrouping.partitionSorted(evidence, key.strictObjects());
    List<ClaimBucket.Members> nextMembers = membersOf(next);
    Map<ClaimBucket.Members, ClaimGrouping.Group> gone = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      gone.put(members.get(i), groups.get(i));
    }
    List<Claim> after = new ArrayList<>();
    for (int i = 0; i < next.size(); i++) {
      ClaimBucket.Members m = nextMembers.get(i);
      // The same evidence objects in the same order: the same claim, not made again.
      if (gone.remove(m) == null) {
        Claim claim = ClaimBucket.claim(key, next.get(i), actors);
        made.put(m, claim);
        after.add(claim);
      }
    }
    List<Claim> before = new ArrayList<>();
    for (Map.Entry<ClaimBucket.Members, ClaimGrouping.Group> g : gone.entrySet()) {
      Claim was = made.remove(g.getKey());
      before.add(was != null ? was : ClaimBucket.claim(key, g.getValue(), actors));
    }
    groups = next;
    members = nextMembers;
    return new Change(List.copyOf(before), List.copyOf(after));
  }

  /** The key's claims, in no particular order. */
  public List<Claim> claims() {
    List<Claim> out = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      ClaimGrouping.Group g = groups.get(i);
      out.add(made.computeIfAbsent(members.get(i), m -> ClaimBucket.claim(key, g, actors)));
    }
    return List.copyOf(out);
  }

  /** Pieces of evidence kept. */
  public int size() {
    return evidence.size();
  }

  public String key() {
    return key.text();
  }

  /**
   * {@code sorted} with {@code fresh} put in place, each after any it compares equal to (as a
   * stable sort of the two would put it).
   */
  static List<ClaimEvidence> inserted(List<ClaimEvidence> sorted, Collection<ClaimEvidence> fresh) {
    List<ClaimEvidence> adding = new ArrayList<>(fresh);
    adding.sort(ClaimEvidence.SPECIFIC_FIRST);
    List<ClaimEvidence> out = new ArrayList<>(sorted.size() + adding.size());
    int from = 0;
    for (ClaimEvidence e : adding) {
      List<ClaimEvidence> rest = sorted.subList(from, sorted.size());
      int at = Collections.binarySearch(rest, e, ClaimEvidence.SPECIFIC_FIRST);
      if (at < 0) {
        at = -at - 1;
      } else {
        while (at < rest.size() && ClaimEvidence.SPECIFIC_FIRST.compare(rest.get(at), e) == 0) {
          at++;
        }
      }
      out.addAll(rest.subList(0, at));
      out.add(e);
      from += at;
    }
    out.addAll(sorted.subList(from, sorted.size()));
    return out;
  }

  private static List<ClaimBucket.Members> membersOf(List<ClaimGrouping.Group> groups) {
    List<ClaimBucket.Members> out = new ArrayList<>(groups.size());
    for (ClaimGrouping.Group g : groups) {
      out.add(new ClaimBucket.Members(g.members));
    }
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
