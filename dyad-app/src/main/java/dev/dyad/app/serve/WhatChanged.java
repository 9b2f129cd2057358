package dev.dyad.app.serve;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.PlacedClaim;
import dev.dyad.store.Store;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The overview's "what changed": dyads and actors whose weighted conflict or cooperation in the
 * latest week (the week of the latest report, or of {@code until}) moved by more than a threshold
 * (25%) against their weekly mean over the 4 weeks before. Weights are those of the timeline
 * ({@link dev.dyad.report.analytics.ClaimWeights}: certainty × source weight, so speculation moves
 * nothing). Low-count guard: a series with fewer than {@code minClaims} weighed claims over the
 * five weeks is left out, so one stray report is never a trend.
 */
final class WhatChanged {
  static final double THRESHOLD = 0.25;
  static final int PRIOR_WEEKS = 4;

  private WhatChanged() {}

  static Map<String, Object> of(
      Store store, ClaimQuery filter, Optional<LocalDate> until, int minClaims) {
    // The latest week is the week of the latest report (or of until); only the claims placed in
    // the five weeks are read.
    Optional<LocalDate> reference = until.or(() -> store.analytics().latestReport(filter));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threshold", THRESHOLD);
    m.put("min_claims", minClaims);
    if (reference.isEmpty()) {
      m.put("week", null);
      m.put("dyads", List.of());
      m.put("actors", List.of());
      return m;
    }
    LocalDate weekStart = Period.WEEK.startOf(reference.get());
    LocalDate weekEnd = weekStart.plusDays(6);
    LocalDate windowStart = weekStart.minusWeeks(PRIOR_WEEKS);
    List<PlacedClaim> claims = store.analytics().placedClaims(filter, windowStart, weekEnd);

    Map<String, Series> dyads = new TreeMap<>();
    Map<String, Series> actors = new TreeMap<>();
    for (PlacedClaim c : claims) {
      LocalDate d = c.date().date();
      double weight = c.weight();
      double intensity = c.intensity();
      if (weight == 0 || intensity == 0) {
        continue;
      }
      boolean recent = !d.isBefore(weekStart);
      boolean conflict = intensity < 0;
      ClaimActor a = c.source();
      actors.computeIfAbsent(a.code(), k -> new Series(a, null)).add(recent, conflict, weight);
      if (c.target().isEmpty()) {
        continue; // an act with no target is its actor's, and no dyad's
      }
      ClaimActor b = c.target().get();
      boolean ordered = a.code().compareTo(b.code()) <= 0;
      ClaimActor first = ordered ? a : b;
      ClaimActor second = ordered ? b : a;
      dyads
          .computeIfAbsent(first.code() + "-" + second.code(), k -> new Series(first, second))
          .add(recent, conflict, weight);
      if (!b.code().equals(a.code())) {
        actors.computeIfAbsent(b.code(), k -> new Series(b, null)).add(recent, conflict, weight);
      }
    }
    m.put(
        "week",
        weekStart.get(IsoFields.WEEK_BASED_YEAR)
            + "-W"
            + String.format("%02d", weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    m.put("week_start", weekStart.toString());
    m.put("week_end", weekEnd.toString());
    m.put("prior_start", windowStart.toString());
    m.put("dyads", changes(dyads, minClaims));
    m.put("actors", changes(actors, minClaims));
    return m;
  }

  private static List<Map<String, Object>> changes(Map<String, Series> series, int minClaims) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Series s : series.values()) {
      s.change("cooperation", s.coop, minClaims).ifPresent(out::add);
      s.change("conflict", s.conflict, minClaims).ifPresent(out::add);
    }
    // New activity first, then the largest moves.
    out.sort(
        Comparator.comparing((Map<String, Object> r) -> r.get("change") != null)
            .thenComparing(r -> r.get("change") == null ? 0 : -Math.abs((Double) r.get("change"))));
    return out;
  }

  /** One dyad's or actor's weights: the latest week and the weeks before, per side. */
  private static final class Series {
    final ClaimActor a;
    final ClaimActor b;
    final Side coop = new Side();
    final Side conflict = new Side();

    Series(ClaimActor a, ClaimActor b) {
      this.a = a;
      this.b = b;
    }

    void add(boolean recent, boolean isConflict, double weight) {
      (isConflict ? conflict : coop).add(recent, weight);
    }

    Optional<Map<String, Object>> change(String measure, Side side, int minClaims) {
      if (side.claims() < minClaims) {
        return Optional.empty();
      }
      double baseline = side.prior / PRIOR_WEEKS;
      Double change = baseline == 0 ? null : (side.recent - baseline) / baseline;
      if (change != null && Math.abs(change) <= THRESHOLD) {
        return Optional.empty();
      }
      if (change == null && side.recent == 0) {
        return Optional.empty();
      }
      Map<String, Object> m = new LinkedHashMap<>();
      if (b == null) {
        m.put("code", a.code());
        m.put("name", a.name());
      } else {
        m.put("a", a.code());
        m.put("a_name", a.name());
        m.put("b", b.code());
        m.put("b_name", b.name());
      }
      m.put("measure", measure);
      m.put("latest", TimelineView.round(side.recent));
      m.put("prior_mean", TimelineView.round(baseline));
      m.put("change", change == null ? null : TimelineView.round(change));
      m.put("claims_latest", side.recentClaims);
      m.put("claims_prior", side.priorClaims);
      return Optional.of(m);
    }
  }

  private static final class Side {
    double recent;
    double prior;
    int recentClaims;
    int priorClaims;

    void add(boolean isRecent, double weight) {
      if (isRecent) {
        recent += weight;
        recentClaims++;
      } else {
        prior += weight;
        priorClaims++;
      }
    }

    int claims() {
      return recentClaims + priorClaims;
    }
  }
}
