package dev.dyad.core.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Partitions the evidence of one key into claims.
 *
 * <p>Compatibility is not transitive (an undated report fits both a 2023 and a 2024 transfer;
 * one with no object fits both munitions and troops), so merging greedily in arrival order would
 * depend on that order. Instead the evidence is sorted canonically, most specific first, and
 * each piece joins the compatible claim with the most documents (the earliest founded on a tie),
 * or founds a new one. The result depends only on the set of events. Cost: O(m log m + m·g) for
 * m events and g claims of the key.
 */
final class ClaimGrouping {
  private ClaimGrouping() {}

  /** A claim under construction: its object class and the days all its members allow. */
  static final class Group {
    Optional<String> objectClass = Optional.empty();
    Optional<ClaimPeriod> period = Optional.empty();
    final Set<String> documents = new HashSet<>();
    final List<ClaimEvidence> members = new ArrayList<>();

    boolean accepts(ClaimEvidence e, boolean strictObjects) {
      boolean objects = objectClass.equals(e.objectClass())
          || (!strictObjects && (objectClass.isEmpty() || e.objectClass().isEmpty()));
      boolean dates = period.isEmpty() || e.period().isEmpty()
          || period.get().intersect(e.period().get()).isPresent();
      return objects && dates;
    }

    void add(ClaimEvidence e) {
      if (objectClass.isEmpty()) {
        objectClass = e.objectClass();
      }
      if (e.period().isPresent()) {
        period = period.isEmpty() ? e.period() : period.get().intersect(e.period().get());
      }
      documents.add(e.mention().docId());
      members.add(e);
    }
  }

  /**
   * The claims of one key. With {@code strictObjects} an object never meets its absence: for the
   * broad symmetric types, "military cooperation" does not confirm "joint exercises". For
   * transfers and the other directed types, an unnamed object is taken as the named one
   * ("supplied Russia" joins "supplied shells to Russia").
   */
  static List<Group> partition(List<ClaimEvidence> evidence, boolean strictObjects) {
    List<ClaimEvidence> sorted = new ArrayList<>(evidence);
    sorted.sort(ClaimEvidence.SPECIFIC_FIRST);
    List<Group> groups = new ArrayList<>();
    for (ClaimEvidence e : sorted) {
      Group best = null;
      for (Group g : groups) {
        if (g.accepts(e, strictObjects) && (best == null || g.documents.size() > best.documents.size())) {
          best = g;
        }
      }
      if (best == null) {
        best = new Group();
        groups.add(best);
      }
      best.add(e);
    }
    return groups;
  }
}
