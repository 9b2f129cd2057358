package dev.dyad.store;

import dev.dyad.core.query.EventQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of an {@link EventQuery}: fixed SQL fragments with parameters, never values
 * pasted into SQL.
 */
record EventFilter(String sql, List<String> parameters) {
  private static final String ACTOR =
      " AND (starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))";
  private static final String DYAD =
      " AND ((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
          + " OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))";
  private static final String TYPE = " AND e.event_type = ?";
  private static final String MODALITY = " AND e.modality = ?";
  // An event dated at month or year precision overlaps a day when the day's prefix of the same
  // length is on the right side of it: "2024-10" is on or after 2024-10-15.
  private static final String DATED = "coalesce(e.event_date, CAST(e.published AS VARCHAR))";
  private static final String SINCE = " AND " + DATED + " >= left(?, length(" + DATED + "))";
  private static final String UNTIL = " AND " + DATED + " <= left(?, length(" + DATED + "))";

  static EventFilter of(EventQuery q) {
    StringBuilder sql = new StringBuilder();
    List<String> params = new ArrayList<>();
    q.actor()
        .ifPresent(
            a -> {
              sql.append(ACTOR);
              params.add(EventQuery.code(a));
              params.add(EventQuery.code(a));
            });
    q.dyad()
        .ifPresent(
            d -> {
              sql.append(DYAD);
              params.addAll(
                  List.of(
                      EventQuery.code(d.a()),
                      EventQuery.code(d.b()),
                      EventQuery.code(d.b()),
                      EventQuery.code(d.a())));
            });
    q.type()
        .ifPresent(
            t -> {
              sql.append(TYPE);
              params.add(EventQuery.code(t));
            });
    q.modality()
        .ifPresent(
            m -> {
              sql.append(MODALITY);
              params.add(m.strip().toLowerCase(Locale.ROOT));
            });
    q.since()
        .ifPresent(
            d -> {
              sql.append(SINCE);
              params.add(d.toString());
            });
    q.until()
        .ifPresent(
            d -> {
              sql.append(UNTIL);
              params.add(d.toString());
            });
    return new EventFilter(sql.toString(), List.copyOf(params));
  }

  void bind(PreparedStatement p) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      p.setString(i + 1, parameters.get(i));
    }
  }
}
