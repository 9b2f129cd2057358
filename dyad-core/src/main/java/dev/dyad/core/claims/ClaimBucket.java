package dev.dyad.core.claims;

import dev.dyad.core.coding.modality.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence of one merge key and, once asked for, its claims (rebuilt only after an add). The
 * claims of a key depend only on its evidence, so {@link #claims(ClaimKey, Collection,
 * ClaimActors)} also serves a caller that keeps the evidence itself.
 */
final class ClaimBucket {
  private final ClaimKey key;
  private final List<ClaimEvidence> evidence = new ArrayList<>();
  private List<Claim> claims;

  ClaimBucket(ClaimKey key) {
    this.key = key;
  }

  void add(ClaimEvidence e) {
    evidence.add(e);
    claims = null;
  }

  List<Claim> claims(ClaimActors actors) {
    if (claims == null) {
      claims = claims(key, evidence, actors);
    }
    return claims;
  }

  /** The claims that {@code evidence}, all of key {@code key}, makes. */
  static List<Claim> claims(ClaimKey key, Collection<ClaimEvidence> evidence, ClaimActors actors) {
    List<Claim> built = new ArrayList<>();
    for (ClaimGrouping.Group g : ClaimGrouping.partition(evidence, key.strictObjects())) {
      built.add(claim(key, g, actors));
    }
    return List.copyOf(built);
  }

  /** A group's members compared by identity: the same evidence objects in the same order. */
  static final class Members {
    private final List<ClaimEvidence> list;
    private final int hash;

    Members(List<ClaimEvidence> list) {
      this.list = list;
      int h = 1;
      for (ClaimEvidence e : list) {
        h = 31 * h + System.identityHashCode(e);
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Members m) || m.hash != hash || m.list.size() != list.size()) {
        return false;
      }
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) != m.list.get(i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  static Claim claim(ClaimKey key, ClaimGrouping.Group group, ClaimActors actors) {
    List<ClaimEvidence> members = new ArrayList<>(group.members);
    members.sort(ClaimEvidence.CHRONOLOGICAL);
    ClaimEvidence first = members.get(0);
    ClaimEvidence founder = first;
    for (ClaimEvidence e : members) {
      if (e.arrival() < founder.arrival()) {
        founder = e;
      }
    }
    // Both readings of a symmetric sentence are one mention: the sentence makes the claim once.
    Map<String, ClaimMention> bySentence = new LinkedHashMap<>();
    for (ClaimEvidence e : members) {
      bySentence.putIfAbsent(e.mention().docId() + "#" + e.mention().sentenceIndex(), e.mention());
    }
    List<ClaimMention> mentions = List.copyOf(bySentence.values());
    Set<String> documents = new HashSet<>();
    Set<String> families = new HashSet<>();
    Map<Modality, Set<String>> docsByModality = new EnumMap<>(Modality.class);
    Optional<LocalDate> earliest = Optional.empty();
    Optional<LocalDate> latest = Optional.empty();
    for (ClaimMention m : mentions) {
      documents.add(m.docId());
      families.add(m.familyId());
      docsByModality.computeIfAbsent(m.modality(), x -> new HashSet<>()).add(m.docId());
      if (m.published().isPresent()) {
        LocalDate d = m.published().get();
        earliest = earliest.filter(e -> !e.isAfter(d)).or(() -> Optional.of(d));
        latest = latest.filter(l -> !l.isBefore(d)).or(() -> Optional.of(d));
      }
    }
    Map<Modality, Integer> profile = new EnumMap<>(Modality.class);
    docsByModality.forEach((modality, docs) -> profile.put(modality, docs.size()));
    ClaimActor source = actors.actor(key.unordered() ? first.source() : key.first());
    Optional<ClaimActor> target =
        key.dyadic()
            ? Optional.of(
                actors.actor(key.unordered() ? first.target().orElseThrow() : key.second()))
            : Optional.empty();
    String statement =
        ClaimStatements.statement(
            actors.phrase(source),
            target.map(actors::phrase),
            key.type(),
            key.mode(),
            group.objectClass,
            key.unordered());
    // Named by its first report to arrive, not its earliest published: a report of the same claim
    // published before it, but added later, must not rename it. Nor does the object class, which a
    // later report may give a claim that had none; the founding event alone is unique.
    String id = ClaimHash.of(key.dyadText(), founder.mention().eventId());
    return new Claim(
        id,
        statement,
        source,
        target,
        key.type(),
        key.mode(),
        group.objectClass,
        ClaimStatus.of(mentions),
        documents.size(),
        families.size(),
        profile,
        earliest.map(LocalDate::toString),
        latest.map(LocalDate::toString),
        mentions);
  }
}
