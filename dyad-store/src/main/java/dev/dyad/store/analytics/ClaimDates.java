package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimPlacement;
import dev.dyad.report.analytics.ClaimDate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Places claims in time by dyad-core's {@link ClaimPlacement} rule, in order:
 *
 * <ol>
 *   <li>the event date of the claim's earliest dated mention (mentions in the claim's order,
 *       earliest report first), when the text gave it to the day ({@code 2024-10-03}) or to the
 *       month ({@code 2024-10}, placed on the first of the month and flagged month-precise);
 *   <li>else, when the claim is historical (the coder put its events in the past, "in 1961"),
 *       nowhere: its publication date would put a 1961 treaty in 2026;
 *   <li>else its first reported publication date;
 *   <li>else nowhere (an undated claim from undated documents).
 * </ol>
 *
 * <p>The rule is applied when a claim is written, and its day and basis are kept with it ({@code
 * claims.placed_on}, {@code claims.placed_basis}, NULL when unplaced): a question reads them in its
 * scan of {@code claims} instead of joining every selected claim's mentions and events.
 */
final class ClaimDates {
  private ClaimDates() {}

  /**
   * A condition on {@code claims c} (two date parameters, {@code from} and {@code to}, ISO days,
   * inclusive) that holds for exactly the claims placed between them.
   */
  static String mayBePlacedBetween() {
    return "c.placed_on BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)";
  }

  /**
   * The rule on what a claim's mentions give: the event date of its earliest day- or month-precise
   * mention, whether it is historical, and its first report; empty: unplaced.
   */
  static Optional<ClaimDate> place(
      String claimId,
      Optional<String> eventDate,
      boolean historical,
      Optional<String> firstReported) {
    return ClaimPlacement.of(eventDate, historical, firstReported)
        .map(p -> date(claimId, p.on(), p.basis().label()));
  }

  /** The stored placement in columns {@code placed_on} and {@code placed_basis} of {@code r}. */
  static Optional<ClaimDate> stored(String claimId, ResultSet r) throws SQLException {
    java.sql.Date on = r.getDate("placed_on");
    return on == null
        ? Optional.empty()
        : Optional.of(date(claimId, on.toLocalDate(), r.getString("placed_basis")));
  }

  private static ClaimDate date(String claimId, java.time.LocalDate on, String basis) {
    return new ClaimDate(
        claimId, on, ClaimDate.Basis.valueOf(ClaimPlacement.Basis.ofLabel(basis).name()));
  }

  /** The dates of the given claims, in one query; claims that cannot be placed are left out. */
  static Map<String, ClaimDate> of(Connection c, Collection<String> claimIds) throws SQLException {
    Map<String, ClaimDate> out = new LinkedHashMap<>();
    if (claimIds.isEmpty()) {
      return out;
    }
    for (String id : claimIds) {
      if (id.indexOf(',') >= 0) {
        // Claim ids are hex digests; the list below is passed as one comma-separated parameter.
        throw new IllegalArgumentException("not a claim id: " + id);
      }
    }
    String sql =
        "SELECT claim_id, placed_on, placed_basis FROM claims"
            + " WHERE claim_id IN (SELECT unnest(string_split(?, ',')))"
            + " AND placed_on IS NOT NULL ORDER BY claim_id";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, String.join(",", claimIds));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString("claim_id");
          stored(id, r).ifPresent(d -> out.put(id, d));
        }
      }
    }
    return out;
  }
}
