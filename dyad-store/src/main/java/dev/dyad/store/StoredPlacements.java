package dev.dyad.store;

import dev.dyad.core.claims.ClaimPlacement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places claims that were stored without their place in time (the claims of a Spark run written
 * before the claims kept it) by {@link ClaimPlacement}, over their stored mentions in ordinal order
 * and those mentions' events, so that they read as the claim update would have written them.
 */
final class StoredPlacements {
  private StoredPlacements() {}

  private record Placed(String claimId, ClaimPlacement placement) {}

  /**
   * Fills {@code placed_on}, {@code placed_basis} of every claim, inside the caller's transaction.
   */
  static void fill(Connection c) throws SQLException {
    List<Placed> placed = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT c.claim_id, c.first_reported, e.event_date, e.historical FROM claims c"
                    + " LEFT JOIN claim_mentions m ON m.claim_id = c.claim_id"
                    + " LEFT JOIN events e ON e.event_id = m.event_id"
                    + " ORDER BY c.claim_id, m.ordinal")) {
      String claim = null;
      Optional<String> first = Optional.empty();
      Optional<String> dated = Optional.empty();
      boolean historical = false;
      while (r.next()) {
        String id = r.getString(1);
        if (!id.equals(claim)) {
          place(claim, dated, historical, first, placed);
          claim = id;
          first = Optional.ofNullable(r.getString(2));
          dated = Optional.empty();
          historical = false;
        }
        String date = r.getString(3);
        if (dated.isEmpty() && date != null && ClaimPlacement.dated(date)) {
          dated = Optional.of(date);
        }
        historical |=
            r.getBoolean(4); // false for a mention without its event, as the rule skips it
      }
      place(claim, dated, historical, first, placed);
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE placements"
              + " (claim_id VARCHAR, placed_on DATE, placed_basis VARCHAR)");
    }
    try (Appender a = Appender.ofTemporary(c, "placements")) {
      for (Placed p : placed) {
        a.row()
            .add(p.claimId())
            .date(Optional.of(p.placement().on()))
            .add(p.placement().basis().label())
            .end();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "UPDATE claims SET placed_on = p.placed_on, placed_basis = p.placed_basis"
              + " FROM placements p WHERE claims.claim_id = p.claim_id");
      s.execute("DROP TABLE placements");
    }
  }

  private static void place(
      String claim,
      Optional<String> dated,
      boolean historical,
      Optional<String> first,
      List<Placed> out) {
    if (claim != null) {
      ClaimPlacement.of(dated, historical, first).ifPresent(p -> out.add(new Placed(claim, p)));
    }
  }
}
