package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.report.analytics.ClaimDate;
import dev.dyad.report.analytics.DyadActivity;
import dev.dyad.store.ClaimCondition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks unordered pairs by their claims: SQL counts and picks the top pairs, and only their claims
 * are read, as light rows, to weigh the balance and date them.
 */
final class DyadRanking {
  private DyadRanking() {}

  static List<DyadActivity> top(
      Connection c, ClaimCondition where, int limit, EventOntology ontology) throws SQLException {
    String sql =
        "WITH picked AS (SELECT "
            + ClaimRows.COLUMNS
            + " FROM claims c WHERE "
            + where.sql()
            + "),"
            + " top AS (SELECT least(source_code, target_code) AS a, greatest(source_code, target_code) AS b, count(*) AS n"
            // A claim with no target is no dyad's (least and greatest would skip its NULL).
            + " FROM picked WHERE target_code IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?),"
            + " chosen AS (SELECT k.* FROM picked k JOIN top t"
            + " ON least(k.source_code, k.target_code) = t.a AND greatest(k.source_code, k.target_code) = t.b)"
            + ClaimRows.selectFrom("chosen");
    List<ClaimRow> claims;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(where.bind(p, 1), limit);
      claims = ClaimRows.read(p);
    }
    Map<String, PairTally> pairs = new LinkedHashMap<>();
    for (ClaimRow claim : claims) {
      ClaimActor target = claim.target().orElseThrow(); // chosen pairs have targets
      ClaimActor a = first(claim.source(), target);
      ClaimActor b = a == claim.source() ? target : claim.source();
      pairs
          .computeIfAbsent(a.code() + "\t" + b.code(), k -> new PairTally(a, b))
          .add(claim, ontology);
    }
    return pairs.values().stream()
        .map(PairTally::activity)
        .sorted(
            Comparator.comparingInt(DyadActivity::claims)
                .reversed()
                .thenComparing(DyadActivity::a)
                .thenComparing(DyadActivity::b))
        .toList();
  }

  private static ClaimActor first(ClaimActor x, ClaimActor y) {
    return x.code().compareTo(y.code()) <= 0 ? x : y;
  }

  private static final class PairTally {
    final ClaimActor a;
    final ClaimActor b;
    final Map<ClaimStatus, Integer> byStatus = new EnumMap<>(ClaimStatus.class);
    final BalanceTally balance = new BalanceTally();
    int claims;
    LocalDate first;
    LocalDate last;

    PairTally(ClaimActor a, ClaimActor b) {
      this.a = a;
      this.b = b;
    }

    void add(ClaimRow c, EventOntology ontology) {
      claims++;
      byStatus.merge(c.status(), 1, Integer::sum);
      balance.add(c.status(), c.independentSources(), c.intensity(ontology));
      c.date()
          .map(ClaimDate::date)
          .ifPresent(
              d -> {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
              });
    }

    DyadActivity activity() {
      return new DyadActivity(
          a.code(),
          a.name(),
          b.code(),
          b.name(),
          claims,
          byStatus,
          balance.balance(),
          Optional.ofNullable(first),
          Optional.ofNullable(last));
    }
  }
}
