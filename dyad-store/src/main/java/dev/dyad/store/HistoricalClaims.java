package dev.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Claims about the past: every mention comes from an event the coder marked historical (Cold War
 * supplies told as background). The claim record does not carry the flag; its events do.
 */
final class HistoricalClaims {
  private HistoricalClaims() {}

  static Set<String> ids(Connection c) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT m.claim_id FROM claim_mentions m JOIN events e USING (event_id)"
                    + " GROUP BY m.claim_id HAVING bool_and(e.historical)");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }
}
