package dev.dyad.store;

import dev.dyad.core.query.ClaimQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link ClaimQuery} as one SQL condition on the {@code claims} table under the alias {@code c},
 * every filter included (text and modality through the mentions), so that reads and rankings filter
 * in SQL: it selects exactly the claims {@link ClaimQuery#matches} passes.
 *
 * @param sql the condition; {@code TRUE} for no filter
 * @param params its parameters, in order
 */
public record ClaimCondition(String sql, List<String> params) {

  public ClaimCondition {
    params = List.copyOf(params);
  }

  /** The condition for {@code q}. */
  public static ClaimCondition of(ClaimQuery q) {
    List<String> clauses = new ArrayList<>();
    List<String> params = new ArrayList<>();
    q.actor()
        .ifPresent(
            a -> {
              clauses.add("(starts_with(c.source_code, ?) OR starts_with(c.target_code, ?))");
              params.addAll(List.of(a, a));
            });
    q.dyad()
        .ifPresent(
            d -> {
              clauses.add(
                  "((starts_with(c.source_code, ?) AND starts_with(c.target_code, ?))"
                      + " OR (starts_with(c.source_code, ?) AND starts_with(c.target_code, ?)))");
              params.addAll(List.of(d.a(), d.b(), d.b(), d.a()));
            });
    q.type()
        .ifPresent(
            t -> {
              clauses.add("c.event_type = ?");
              params.add(t.name());
            });
    q.status()
        .ifPresent(
            s -> {
              clauses.add("c.status = ?");
              params.add(s.label());
            });
    // A modality with documents in the profile is a modality some mention has.
    q.modality()
        .ifPresent(
            m -> {
              clauses.add(
                  "EXISTS (SELECT 1 FROM claim_mentions mm WHERE mm.claim_id = c.claim_id AND mm.modality = ?)");
              params.add(m.label());
            });
    // ISO dates compare as text; a claim without the date fails, as in ClaimQuery.matches.
    q.since()
        .ifPresent(
            d -> {
              clauses.add("c.last_reported >= ?");
              params.add(d.toString());
            });
    q.until()
        .ifPresent(
            d -> {
              clauses.add("c.first_reported <= ?");
              params.add(d.toString());
            });
    q.text()
        .ifPresent(
            w -> {
              String words = w.toLowerCase(Locale.ROOT);
              clauses.add(
                  "(contains(lower(c.statement), ?) OR EXISTS (SELECT 1 FROM claim_mentions mt"
                      + " JOIN events et ON et.event_id = mt.event_id WHERE mt.claim_id = c.claim_id AND contains(lower(et.sentence), ?)))");
              params.addAll(List.of(words, words));
            });
    return new ClaimCondition(clauses.isEmpty() ? "TRUE" : String.join(" AND ", clauses), params);
  }

  /** Binds the parameters from position {@code first}; returns the next free position. */
  public int bind(PreparedStatement p, int first) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      p.setString(first + i, params.get(i));
    }
    return first + params.size();
  }
}
