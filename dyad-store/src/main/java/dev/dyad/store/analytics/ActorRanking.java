package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.report.analytics.ActorActivity;
import dev.dyad.store.ClaimCondition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Ranks actors by their claims, counting in SQL: only the top rows leave the database. */
final class ActorRanking {
  private ActorRanking() {}

  static List<ActorActivity> top(Connection c, ClaimCondition where, int limit)
      throws SQLException {
    // One row per actor and claim first, so a claim of an actor on itself counts once.
    String sql =
        "WITH picked AS (SELECT c.claim_id, c.source_code, c.source_name, c.target_code, c.target_name,"
            + " c.status, c.independent_sources FROM claims c WHERE "
            + where.sql()
            + "),"
            + " sides AS (SELECT source_code AS code, source_name AS name, claim_id, status, independent_sources,"
            + " TRUE AS as_source, FALSE AS as_target FROM picked"
            // A claim with no target counts for its source alone.
            + " UNION ALL SELECT target_code, target_name, claim_id, status, independent_sources, FALSE, TRUE FROM picked"
            + " WHERE target_code IS NOT NULL),"
            + " per_claim AS (SELECT code, min(name) AS name, claim_id, any_value(status) AS status,"
            + " any_value(independent_sources) AS sources, bool_or(as_source) AS as_source, bool_or(as_target) AS as_target"
            + " FROM sides GROUP BY code, claim_id),"
            + " mentions AS (SELECT m.claim_id, count(*) AS n FROM picked k JOIN claim_mentions m ON m.claim_id = k.claim_id"
            + " GROUP BY m.claim_id)"
            + " SELECT p.code, min(p.name) AS name, count(*) AS claims,"
            + " count(*) FILTER (WHERE p.as_source) AS as_source, count(*) FILTER (WHERE p.as_target) AS as_target,"
            + " count(*) FILTER (WHERE p.status = '"
            + ClaimStatus.CONFIRMED.label()
            + "') AS confirmed,"
            + " sum(p.sources) AS independent_sources, coalesce(sum(n.n), 0) AS mentions"
            + " FROM per_claim p LEFT JOIN mentions n ON n.claim_id = p.claim_id"
            + " GROUP BY p.code ORDER BY claims DESC, mentions DESC, p.code LIMIT ?";
    List<ActorActivity> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(where.bind(p, 1), limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new ActorActivity(
                  r.getString("code"),
                  r.getString("name"),
                  r.getInt("claims"),
                  r.getInt("as_source"),
                  r.getInt("as_target"),
                  r.getInt("confirmed"),
                  r.getInt("independent_sources"),
                  r.getInt("mentions")));
        }
      }
    }
    return out;
  }
}
