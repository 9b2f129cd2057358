package dev.dyad.core.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Partitions the evidence of one key into claims.
 *
 * <p>Compatibility is not transitive (an undated report fits both a 2023 and a 2024 transfer; one
 * with no object fits both munitions and troops), so merging greedily in arrival order would depend
 * on that order. Instead the evidence is sorted canonically, most specific first, and each piece
 * joins the compatible claim with the most documents (the earliest founded on a tie), or founds a
 * new one. The result depends only on the set of events. Cost: O(m log m) for the sort plus, per
 * event, the groups of its object classes whose dates fall in the same few {@link #BUCKET_DAYS}-day
 * buckets (not all g claims of the key).
 */
final class ClaimGrouping {
  private ClaimGrouping() {}

  /** A claim under construction: its object class and the days all its members allow. */
  static final class Group {
    Optional<String> objectClass = Optional.empty();
    Optional<ClaimPeriod> period = Optional.empty();
    final Set<String> documents = new HashSet<>();
    final List<ClaimEvidence> members = new ArrayList<>();

    /** Its place in founding order, which breaks ties between equally documented groups. */
    int founded;

    boolean accepts(ClaimEvidence e, boolean strictObjects) {
      boolean objects =
          objectClass.equals(e.objectClass())
              || (!strictObjects && (objectClass.isEmpty() || e.objectClass().isEmpty()));
      boolean dates =
          period.isEmpty() || e.period().isEmpty() || overlaps(period.get(), e.period().get());
      return objects && dates;
    }

    private static boolean overlaps(ClaimPeriod a, ClaimPeriod b) {
      return !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
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
   * broad symmetric types, "military cooperation" does not confirm "joint exercises". For transfers
   * and the other directed types, an unnamed object is taken as the named one ("supplied Russia"
   * joins "supplied shells to Russia").
   *
   * <p>Each piece joins the compatible group with the most documents, the earliest founded on a
   * tie. The groups are indexed so that a piece is compared only with those that can accept it: by
   * object class, and the dated ones by the {@link #BUCKET_DAYS}-day buckets their period covered
   * when it was first set (a period only shrinks, so it never leaves its buckets; stale entries are
   * filtered by {@link Group#accepts}). An undated piece fits every group of its classes, so it
   * takes the best of each class, kept as documents grow. A hot key of tens of thousands of events
   * over years thus costs about the groups of a few buckets per event, not every group of the key.
   */
  static List<Group> partition(Collection<ClaimEvidence> evidence, boolean strictObjects) {
    List<ClaimEvidence> sorted = new ArrayList<>(evidence);
    sorted.sort(ClaimEvidence.SPECIFIC_FIRST);
    return partitionSorted(sorted, strictObjects);
  }

  /**
   * As {@link #partition}, for evidence already in {@link ClaimEvidence#SPECIFIC_FIRST} order (a
   * caller that keeps it so saves the sort).
   */
  static List<Group> partitionSorted(List<ClaimEvidence> sorted, boolean strictObjects) {
    List<Group> groups = new ArrayList<>();
    Map<Optional<String>, ClassIndex> classes = new HashMap<>();
    ClassIndex none = classes.computeIfAbsent(Optional.empty(), c -> new ClassIndex());
    for (ClaimEvidence e : sorted) {
      Group best = null;
      if (e.objectClass().isEmpty()) {
        if (strictObjects) {
          best = none.best(e, strictObjects, null);
        } else {
          for (ClassIndex index : classes.values()) {
            best = index.best(e, strictObjects, best);
          }
        }
      } else {
        ClassIndex own = classes.get(e.objectClass());
        if (own != null) {
          best = own.best(e, strictObjects, null);
        }
        if (!strictObjects) {
          best = none.best(e, strictObjects, best);
        }
      }
      if (best == null) {
        best = new Group();
        best.founded = groups.size();
        groups.add(best);
      }
      boolean datedBefore = best.period.isPresent();
      boolean founding = best.members.isEmpty();
      best.add(e);
      // A group's class is fixed when it is founded: every piece with an object sorts before any
      // without, so an object-less group never meets one with an object.
      ClassIndex index = classes.computeIfAbsent(best.objectClass, c -> new ClassIndex());
      if (best.period.isPresent() && (founding || !datedBefore)) {
        index.register(best);
      } else if (founding) {
        // Undated groups are few: an undated piece founds one only when no group can take it.
        index.undated.add(best);
      }
      index.offer(best);
    }
    return groups;
  }

  /** Days per bucket of the date index: a day-precise piece looks in one bucket. */
  static final int BUCKET_DAYS = 8;

  /** The groups of one object class: the undated ones, the dated ones by bucket, and the best. */
  private static final class ClassIndex {
    final List<Group> undated = new ArrayList<>();
    final Map<Long, List<Group>> buckets = new HashMap<>();
    Group best;

    void register(Group g) {
      ClaimPeriod p = g.period.get();
      for (long b = bucket(p.start()); b <= bucket(p.end()); b++) {
        buckets.computeIfAbsent(b, x -> new ArrayList<>()).add(g);
      }
    }

    /** Keeps the group with the most documents, the earliest founded on a tie. */
    void offer(Group g) {
      if (better(g, best)) {
        best = g;
      }
    }

    /** The better of {@code current} and the best group of this class that accepts {@code e}. */
    Group best(ClaimEvidence e, boolean strictObjects, Group current) {
      if (best == null) {
        return current;
      }
      if (e.period().isEmpty()) {
        // Every group of the class accepts an undated piece whose objects fit.
        return best.accepts(e, strictObjects) && better(best, current) ? best : current;
      }
      for (Group g : undated) {
        if (better(g, current) && g.accepts(e, strictObjects)) {
          current = g;
        }
      }
      ClaimPeriod p = e.period().get();
      for (long b = bucket(p.start()); b <= bucket(p.end()); b++) {
        List<Group> in = buckets.get(b);
        if (in != null) {
          for (Group g : in) {
            if (better(g, current) && g.accepts(e, strictObjects)) {
              current = g;
            }
          }
        }
      }
      return current;
    }

    private static long bucket(java.time.LocalDate day) {
      return Math.floorDiv(day.toEpochDay(), BUCKET_DAYS);
    }
  }

  private static boolean better(Group g, Group current) {
    return current == null
        || g.documents.size() > current.documents.size()
        || (g.documents.size() == current.documents.size() && g.founded < current.founded);
  }
}
