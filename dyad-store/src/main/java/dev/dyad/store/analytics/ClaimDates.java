package dev.dyad.store.analytics;

import dev.dyad.report.analytics.ClaimDate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Places claims in time. The rule, in order:
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
 * <p>The earliest report wins over later ones because it is the closest to the event; a
 * year-precise date ({@code 2024}) is too coarse for a weekly or monthly timeline, so the
 * publication date stands in for it. The dates are read from the events behind the mentions (table
 * {@code events} through {@code claim_mentions}) in one query for a whole set of claims.
 */
final class ClaimDates {
  /** Day or month precision: the dates the rule uses ("2024" and absent dates are passed over). */
  private static final String DATED =
      "regexp_full_match(e.event_date, '[0-9]{4}-[0-9]{2}(-[0-9]{2})?')";

  private ClaimDates() {}

  /**
   * A query of {@code claim_id, event_date, historical} for the claims of {@code claims} (the name
   * of a table or CTE with a {@code claim_id} column): the event date of each claim's earliest day-
   * or month-precise mention (null when none) and whether it is historical.
   */
  static String earliestDatedMentions(String claims) {
    return "SELECT m.claim_id,"
        + " arg_min(e.event_date, m.ordinal) FILTER (WHERE "
        + DATED
        + ") AS event_date,"
        + " bool_or(e.historical) AS historical"
        + " FROM "
        + claims
        + " k JOIN claim_mentions m ON m.claim_id = k.claim_id"
        + " JOIN events e ON e.event_id = m.event_id GROUP BY m.claim_id";
  }

  /**
   * A condition on {@code claims c} (two date parameters, {@code from} and {@code to}, ISO days,
   * inclusive) that holds for every claim the rule places between them, and for few others: its
   * first report lies between them, or one of its mentions' day- or month-precise event dates does.
   * A claim placed there is placed by one of the two, so narrowing a question to these claims
   * before applying the rule leaves its answer unchanged, and reads the mentions of a few weeks'
   * claims instead of all of them.
   */
  static String mayBePlacedBetween() {
    return "(c.first_reported BETWEEN ? AND ? OR c.claim_id IN (SELECT m.claim_id FROM events e"
        + " JOIN claim_mentions m ON m.event_id = e.event_id WHERE "
        + DATED
        + " AND (CASE WHEN length(e.event_date) = 7 THEN e.event_date || '-01'"
        + " ELSE e.event_date END) BETWEEN ? AND ?))";
  }

  /** The rule above, on what {@link #earliestDatedMentions} and the claim give; empty: unplaced. */
  static Optional<ClaimDate> place(
      String claimId,
      Optional<String> eventDate,
      boolean historical,
      Optional<String> firstReported) {
    Optional<ClaimDate> fromText = eventDate.flatMap(d -> fromEventDate(claimId, d));
    if (fromText.isPresent() || historical) {
      return fromText;
    }
    return firstReported.flatMap(
        d -> parse(() -> new ClaimDate(claimId, LocalDate.parse(d), ClaimDate.Basis.PUBLISHED)));
  }

  private static Optional<ClaimDate> fromEventDate(String claimId, String date) {
    return switch (date.length()) {
      case 10 ->
          parse(() -> new ClaimDate(claimId, LocalDate.parse(date), ClaimDate.Basis.EVENT_DAY));
      case 7 ->
          parse(
              () ->
                  new ClaimDate(
                      claimId, YearMonth.parse(date).atDay(1), ClaimDate.Basis.EVENT_MONTH));
      default -> Optional.empty();
    };
  }

  private static Optional<ClaimDate> parse(java.util.function.Supplier<ClaimDate> date) {
    try {
      return Optional.of(date.get());
    } catch (DateTimeException e) {
      // A malformed stored date ("2024-13") places nothing rather than failing the question.
      return Optional.empty();
    }
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
        "WITH wanted AS (SELECT claim_id, first_reported FROM claims"
            + " WHERE claim_id IN (SELECT unnest(string_split(?, ','))))"
            + " SELECT w.claim_id, w.first_reported, d.event_date, d.historical FROM wanted w"
            + " LEFT JOIN ("
            + earliestDatedMentions("wanted")
            + ") d ON d.claim_id = w.claim_id ORDER BY w.claim_id";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, String.join(",", claimIds));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString("claim_id");
          place(
                  id,
                  Optional.ofNullable(r.getString("event_date")),
                  r.getBoolean("historical"),
                  Optional.ofNullable(r.getString("first_reported")))
              .ifPresent(d -> out.put(id, d));
        }
      }
    }
    return out;
  }
}
