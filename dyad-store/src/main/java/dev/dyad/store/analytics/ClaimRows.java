package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.store.ClaimCondition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads claims as {@link ClaimRow}s, each placed in time as the claim was stored ({@link
 * ClaimDates}), in one scan of {@code claims}.
 */
final class ClaimRows {
  /** The columns of {@code claims c} a relation handed to {@link #selectFrom} must have. */
  static final String COLUMNS =
      "c.claim_id, c.source_code, c.source_name, c.target_code, c.target_name,"
          + " c.event_type, c.mode, c.status, c.independent_sources, c.first_reported,"
          + " c.placed_on, c.placed_basis";

  private ClaimRows() {}

  /**
   * The query reading the rows of {@code relation}, a CTE defined before it with {@link #COLUMNS}:
   * {@code WITH picked AS (SELECT COLUMNS FROM claims c WHERE …)} + this.
   */
  static String selectFrom(String relation) {
    return " SELECT r.* FROM " + relation + " r ORDER BY r.claim_id";
  }

  /** The claims the condition selects. */
  static List<ClaimRow> matching(Connection c, ClaimCondition where) throws SQLException {
    String sql =
        "WITH picked AS (SELECT "
            + COLUMNS
            + " FROM claims c WHERE "
            + where.sql()
            + ")"
            + selectFrom("picked");
    try (PreparedStatement p = c.prepareStatement(sql)) {
      where.bind(p, 1);
      return read(p);
    }
  }

  /** The claims the condition selects that are placed between {@code from} and {@code to}. */
  static List<ClaimRow> mayBePlacedBetween(
      Connection c, ClaimCondition where, LocalDate from, LocalDate to) throws SQLException {
    String sql =
        "WITH picked AS (SELECT "
            + COLUMNS
            + " FROM claims c WHERE ("
            + where.sql()
            + ") AND "
            + ClaimDates.mayBePlacedBetween()
            + ")"
            + selectFrom("picked");
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int next = where.bind(p, 1);
      p.setString(next++, from.toString());
      p.setString(next, to.toString());
      return read(p);
    }
  }

  /** The latest {@code last_reported} of the claims the condition selects, as stored. */
  static Optional<String> latestReport(Connection c, ClaimCondition where) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT max(c.last_reported) FROM claims c WHERE " + where.sql())) {
      where.bind(p, 1);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
      }
    }
  }

  /** The rows of a prepared {@link #selectFrom} query, its parameters bound. */
  static List<ClaimRow> read(PreparedStatement p) throws SQLException {
    List<ClaimRow> rows = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String id = r.getString("claim_id");
        String targetCode = r.getString("target_code");
        rows.add(
            new ClaimRow(
                id,
                new ClaimActor(r.getString("source_code"), r.getString("source_name")),
                targetCode == null
                    ? Optional.empty()
                    : Optional.of(new ClaimActor(targetCode, r.getString("target_name"))),
                EventType.valueOf(r.getString("event_type")),
                Optional.ofNullable(r.getString("mode")),
                ClaimStatus.valueOf(r.getString("status").toUpperCase(Locale.ROOT)),
                r.getInt("independent_sources"),
                ClaimDates.stored(id, r)));
      }
    }
    return rows;
  }
}
