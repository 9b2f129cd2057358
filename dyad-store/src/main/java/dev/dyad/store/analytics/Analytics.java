package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.ActorActivity;
import dev.dyad.report.analytics.ClaimDate;
import dev.dyad.report.analytics.ClaimWeights;
import dev.dyad.report.analytics.DyadActivity;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.PlacedClaim;
import dev.dyad.report.analytics.Timeline;
import dev.dyad.report.export.NetworkGraph;
import dev.dyad.store.ClaimCondition;
import dev.dyad.store.Store;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The questions the command line and the server ask of a store's claims. Each is answered with a
 * few SQL queries over the claim tables: cost grows with what a question selects, not with the
 * corpus read back into memory.
 *
 * <p>Made by {@link Store#analytics()}. Not thread-safe, like the {@link Store} it reads.
 */
public final class Analytics {
  private final SqlReads store;
  private final EventOntology ontology = EventOntology.builtIn();

  private Analytics(SqlReads store) {
    this.store = store;
  }

  /** The questions over a store's reads (open it read-only: nothing here writes). */
  public static Analytics over(SqlReads store) {
    return new Analytics(Objects.requireNonNull(store, "store"));
  }

  /**
   * Where each claim is placed in time, by the claim-date rule: the event date of its earliest
   * dated mention when the text gave the day or the month (a month is placed on its first day and
   * flagged {@link ClaimDate.Basis#EVENT_MONTH}); else, unless the claim is historical, its first
   * reported publication date. Claims the rule cannot place (historical ones with only a year,
   * undated ones) and unknown ids are absent from the map. The rule ({@link
   * dev.dyad.core.claims.ClaimPlacement}) was applied when each claim was written; this reads it.
   */
  public Map<String, ClaimDate> claimDates(Collection<String> claimIds) {
    return store.read("claim dates", c -> ClaimDates.of(c, claimIds));
  }

  /**
   * The claims between {@code a} and {@code b} (codes or code prefixes, either direction), period
   * by period. Each claim is placed at its {@linkplain #claimDates claim date}; {@code since} and
   * {@code until} (inclusive) bound those dates, not publication. Per period: the claims by type
   * and status, and the balance of cooperation and conflict weighed by {@link ClaimWeights}
   * (planned, speculative and denied claims are counted, never weighed). Quiet periods between the
   * first and the last appear with 0 claims.
   */
  public Timeline timeline(
      String a, String b, Period by, Optional<LocalDate> since, Optional<LocalDate> until) {
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException("since " + since.get() + " is after until " + until.get());
    }
    ClaimCondition where = ClaimCondition.of(ClaimQuery.ALL.withDyad(a, b));
    List<ClaimRow> claims =
        store.read("the timeline of " + a + "-" + b, c -> ClaimRows.matching(c, where));
    return TimelineTally.of(a, b, by, since, until, claims, ontology);
  }

  /**
   * As {@link #timeline(String, String, Period, Optional, Optional)}, for the claims passing {@code
   * filter} (an actor's, or a dyad's of one status or type): {@code since} and {@code until} bound
   * claim dates, the filter's own dates bound report dates. The timeline's {@code a} and {@code b}
   * are the filter's dyad, else its actor and "".
   */
  public Timeline timeline(
      ClaimQuery filter, Period by, Optional<LocalDate> since, Optional<LocalDate> until) {
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException("since " + since.get() + " is after until " + until.get());
    }
    String a = filter.dyad().map(d -> d.a()).orElse(filter.actor().orElse(""));
    String b = filter.dyad().map(d -> d.b()).orElse("");
    ClaimCondition where = ClaimCondition.of(filter);
    List<ClaimRow> claims = store.read("a timeline", c -> ClaimRows.matching(c, where));
    return TimelineTally.of(a, b, by, since, until, claims, ontology);
  }

  /**
   * {@link #timeline(ClaimQuery, Period, Optional, Optional)} and, from the same one read, the
   * timeline of each claim status present, so a chart can stack cooperation and conflict by status
   * without a read per status.
   */
  public StatusTimelines timelinesByStatus(
      ClaimQuery filter, Period by, Optional<LocalDate> since, Optional<LocalDate> until) {
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException("since " + since.get() + " is after until " + until.get());
    }
    String a = filter.dyad().map(d -> d.a()).orElse(filter.actor().orElse(""));
    String b = filter.dyad().map(d -> d.b()).orElse("");
    ClaimCondition where = ClaimCondition.of(filter);
    List<ClaimRow> claims = store.read("a timeline", c -> ClaimRows.matching(c, where));
    Map<ClaimStatus, List<ClaimRow>> byStatus = new EnumMap<>(ClaimStatus.class);
    claims.forEach(c -> byStatus.computeIfAbsent(c.status(), s -> new ArrayList<>()).add(c));
    Map<ClaimStatus, Timeline> split = new EnumMap<>(ClaimStatus.class);
    byStatus.forEach(
        (s, rows) -> split.put(s, TimelineTally.of(a, b, by, since, until, rows, ontology)));
    return new StatusTimelines(TimelineTally.of(a, b, by, since, until, claims, ontology), split);
  }

  /**
   * A timeline and the timelines of its claims by status.
   *
   * @param total every claim
   * @param byStatus the claims of each status present (periods only where that status has claims or
   *     lies between two that do)
   */
  public record StatusTimelines(Timeline total, Map<ClaimStatus, Timeline> byStatus) {
    public StatusTimelines {
      byStatus = Map.copyOf(byStatus);
    }
  }

  /**
   * The most active actors (country or organisation level) in the claims passing {@code filter}:
   * most claims first, then most mentions, then by code.
   */
  public List<ActorActivity> actors(ClaimQuery filter, int limit) {
    requirePositive(limit);
    ClaimCondition where = ClaimCondition.of(filter);
    return store.read("actors", c -> ActorRanking.top(c, where, limit));
  }

  /**
   * The claims passing {@code filter} that the claim-date rule places between {@code from} and
   * {@code to} (inclusive), weighed as the timeline weighs them, in one read without statements or
   * mentions: what a question over a few weeks of many claims' activity (the dashboard's "what
   * changed") needs. Only the claims placed there are read ({@link ClaimDates#mayBePlacedBetween},
   * on the stored placement). Ordered by claim id.
   */
  public List<PlacedClaim> placedClaims(ClaimQuery filter, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
    ClaimCondition where = ClaimCondition.of(filter);
    List<ClaimRow> rows =
        store.read("placed claims", c -> ClaimRows.mayBePlacedBetween(c, where, from, to));
    List<PlacedClaim> placed = new ArrayList<>(rows.size());
    for (ClaimRow r : rows) {
      r.date()
          .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
          .ifPresent(
              d ->
                  placed.add(
                      new PlacedClaim(
                          r.claimId(),
                          r.source(),
                          r.target(),
                          r.status(),
                          ClaimWeights.weight(r.status(), r.independentSources()),
                          r.intensity(ontology),
                          d)));
    }
    return placed;
  }

  /**
   * The publication date of the latest report of any claim passing {@code filter}: where "the
   * latest week" of the news in a store ends. Empty when no such claim has a dated report.
   */
  public Optional<LocalDate> latestReport(ClaimQuery filter) {
    ClaimCondition where = ClaimCondition.of(filter);
    Optional<String> last = store.read("the latest report", c -> ClaimRows.latestReport(c, where));
    try {
      return last.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      // Quirk: a malformed stored date gives no latest week rather than a failed question.
      return Optional.empty();
    }
  }

  /**
   * The pairs of actors with the most claims passing {@code filter}, either direction, with the
   * balance of cooperation and conflict between them (weighed as in {@link #timeline}) and the
   * dates of their first and last claims.
   */
  public List<DyadActivity> dyads(ClaimQuery filter, int limit) {
    requirePositive(limit);
    ClaimCondition where = ClaimCondition.of(filter);
    return store.read("dyads", c -> DyadRanking.top(c, where, limit, ontology));
  }

  /**
   * The actor network of the claims passing {@code filter} whose status is in {@code statuses}
   * (usually {@link NetworkGraph#FACTUAL}: confirmed and reported): actors as nodes, an edge from
   * source to target weighted by its claims and signed by their mean Goldstein intensity, with the
   * claims' ids. The same graph as {@code dyad export network}, counted in SQL.
   */
  public NetworkGraph network(ClaimQuery filter, Set<ClaimStatus> statuses) {
    ClaimCondition where = ClaimCondition.of(filter);
    Set<ClaimStatus> drawn = Set.copyOf(statuses);
    return store.read("the network", c -> NetworkEdges.graph(c, where, drawn, ontology));
  }

  private static void requirePositive(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
  }
}
