package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.report.export.NetworkGraph;
import dev.dyad.store.ClaimCondition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link NetworkGraph} of the claims a condition selects from counts SQL makes: one row
 * per source, target, type and mode (the type and mode give the edge its intensity), with the
 * claims' ids, instead of one row per claim.
 */
final class NetworkEdges {
  private NetworkEdges() {}

  static NetworkGraph graph(
      Connection c, ClaimCondition where, Set<ClaimStatus> statuses, EventOntology ontology)
      throws SQLException {
    NetworkGraph.Builder graph = new NetworkGraph.Builder(ontology);
    if (statuses.isEmpty()) {
      return graph.build();
    }
    // Ids unordered: the graph sorts each edge's once (sorting in string_agg cost a third more).
    String sql =
        "SELECT c.source_code, min(c.source_name) AS source_name, c.target_code, min(c.target_name) AS target_name,"
            + " c.event_type, c.mode, count(*) AS claims, sum(c.independent_sources) AS sources,"
            + " string_agg(c.claim_id, ',') AS claim_ids"
            + " FROM claims c WHERE "
            + where.sql()
            + " AND c.status IN ("
            + String.join(", ", Collections.nCopies(statuses.size(), "?"))
            + ")"
            // A claim with no target is no edge.
            + " AND c.target_code IS NOT NULL"
            + " GROUP BY c.source_code, c.target_code, c.event_type, c.mode";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = where.bind(p, 1);
      for (ClaimStatus s : statuses) {
        p.setString(i++, s.label());
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          graph.add(
              new ClaimActor(r.getString("source_code"), r.getString("source_name")),
              new ClaimActor(r.getString("target_code"), r.getString("target_name")),
              EventType.valueOf(r.getString("event_type")),
              Optional.ofNullable(r.getString("mode")),
              r.getInt("claims"),
              r.getInt("sources"),
              Arrays.asList(r.getString("claim_ids").split(",")));
        }
      }
    }
    return graph.build();
  }
}
