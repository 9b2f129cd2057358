package dev.dyad.store;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads claims and assessments back from their tables, as the records dyad-core made them: a query
 * costs what it selects, not a replay of the corpus. Claims are selected wholly in SQL ({@link
 * ClaimCondition}, tested to pass what {@link ClaimQuery#matches} passes); assessments are narrowed
 * in SQL by actor, dyad and topic, then {@link AssessmentQuery#matches} applies the rest.
 */
final class StoredClaims {
  private StoredClaims() {}

  /** Claims passing {@code query}, best supported first. */
  static List<Claim> claims(Connection c, ClaimQuery query) throws SQLException {
    return claims(c, ClaimCondition.of(query));
  }

  /**
   * One page of the claims passing {@code query}, in the order of {@link #claims(Connection,
   * ClaimQuery)} (best supported first), with how many pass: the page is chosen in SQL, so only its
   * claims and their mentions are read.
   */
  static ClaimPage page(Connection c, ClaimQuery query, int limit, int offset, boolean withMentions)
      throws SQLException {
    ClaimCondition where = ClaimCondition.of(query);
    int total;
    try (PreparedStatement p =
        c.prepareStatement("SELECT count(*) FROM claims c WHERE " + where.sql())) {
      where.bind(p, 1);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        total = r.getInt(1);
      }
    }
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT c.claim_id FROM claims c WHERE "
                + where.sql()
                + " ORDER BY c.independent_sources DESC, c.documents DESC, "
                + STATUS_ORDER
                + ", c.claim_id LIMIT ? OFFSET ?")) {
      int i = where.bind(p, 1);
      p.setInt(i, limit);
      p.setInt(i + 1, offset);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    if (ids.isEmpty()) {
      return new ClaimPage(total, List.of());
    }
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    return new ClaimPage(
        total, claims(c, new ClaimCondition("c.claim_id IN (" + marks + ")", ids), withMentions));
  }

  /** The statuses in {@link ClaimStatus} order, as {@link CorpusAnalysis#BEST_SUPPORTED} sorts. */
  private static final String STATUS_ORDER = statusOrder();

  private static String statusOrder() {
    StringBuilder sql = new StringBuilder("CASE c.status");
    for (ClaimStatus s : ClaimStatus.values()) {
      sql.append(" WHEN '").append(s.label()).append("' THEN ").append(s.ordinal());
    }
    return sql.append(" END").toString();
  }

  /** The claim with this id, if stored. */
  static Optional<Claim> claim(Connection c, String claimId) throws SQLException {
    List<Claim> found = claims(c, new ClaimCondition("c.claim_id = ?", List.of(claimId)));
    return found.stream().findFirst();
  }

  private static List<Claim> claims(Connection c, ClaimCondition where) throws SQLException {
    return claims(c, where, true);
  }

  /** Claims passing {@code where}; without mentions, each claim's mention list is empty. */
  private static List<Claim> claims(Connection c, ClaimCondition where, boolean withMentions)
      throws SQLException {
    Map<String, List<ClaimMention>> mentions = new HashMap<>();
    if (withMentions) {
      readMentions(c, where, mentions);
    }
    List<Claim> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM claims c WHERE " + where.sql())) {

      where.bind(p, 1);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString("claim_id");
          Map<Modality, Integer> profile = new EnumMap<>(Modality.class);
          Json.intMap(r.getString("modality_profile"))
              .forEach((k, v) -> profile.put(Modality.ofLabel(k), v));
          out.add(
              new Claim(
                  id,
                  r.getString("statement"),
                  new ClaimActor(r.getString("source_code"), r.getString("source_name")),
                  r.getString("target_code") == null
                      ? Optional.empty()
                      : Optional.of(
                          new ClaimActor(r.getString("target_code"), r.getString("target_name"))),
                  EventType.valueOf(r.getString("event_type")),
                  Sql.string(r, "mode"),
                  Sql.string(r, "object"),
                  ClaimStatus.valueOf(r.getString("status").toUpperCase(Locale.ROOT)),
                  r.getInt("documents"),
                  r.getInt("independent_sources"),
                  profile,
                  Sql.string(r, "first_reported"),
                  Sql.string(r, "last_reported"),
                  mentions.getOrDefault(id, List.of())));
        }
      }
    }
    out.sort(CorpusAnalysis.BEST_SUPPORTED);
    return out;
  }

  private static void readMentions(
      Connection c, ClaimCondition where, Map<String, List<ClaimMention>> mentions)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT m.claim_id, m.doc_id, e.doc_uri, m.family_id, e.sentence, m.sentence_index, m.modality,"
                + " m.modality_cue, m.event_id, m.published, e.event_date, e.historical FROM claim_mentions m JOIN events e USING (event_id)"
                + " WHERE m.claim_id IN (SELECT c.claim_id FROM claims c WHERE "
                + where.sql()
                + ") ORDER BY m.claim_id, m.ordinal")) {
      where.bind(p, 1);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          mentions
              .computeIfAbsent(r.getString("claim_id"), k -> new ArrayList<>())
              .add(
                  new ClaimMention(
                      r.getString("doc_id"),
                      r.getString("doc_uri"),
                      r.getString("family_id"),
                      r.getString("sentence"),
                      r.getInt("sentence_index"),
                      Modality.ofLabel(r.getString("modality")),
                      Sql.string(r, "modality_cue"),
                      r.getString("event_id"),
                      Sql.date(r, "published"),
                      Sql.string(r, "event_date"),
                      r.getBoolean("historical")));
        }
      }
    }
  }

  /** Assessments passing {@code query}, most voiced first. */
  static List<Assessment> assessments(Connection c, AssessmentQuery query) throws SQLException {
    Where where = where(query);
    Map<String, List<AssessmentMention>> mentions = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT m.*, d.uri FROM assessment_mentions m JOIN documents d USING (doc_id)"
                + " WHERE m.assessment_id IN (SELECT assessment_id FROM assessments"
                + where.sql
                + ")"
                + " ORDER BY m.assessment_id, m.ordinal")) {
      where.bind(p);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          mentions
              .computeIfAbsent(r.getString("assessment_id"), k -> new ArrayList<>())
              .add(assessmentMention(r));
        }
      }
    }
    List<Assessment> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM assessments" + where.sql)) {
      where.bind(p);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Assessment a = assessment(r, mentions);
          if (query.matches(a)) {
            out.add(a);
          }
        }
      }
    }
    out.sort(CorpusAnalysis.MOST_VOICED);
    return out;
  }

  static AssessmentMention assessmentMention(ResultSet r) throws SQLException {
    return new AssessmentMention(
        r.getString("doc_id"),
        r.getString("uri"),
        r.getString("family_id"),
        Sql.date(r, "published"),
        r.getInt("sentence_index"),
        r.getString("sentence"),
        r.getString("topic"),
        direction(r.getString("direction")),
        Json.stringList(r.getString("actors")),
        r.getString("cue"),
        r.getString("trigger_words"));
  }

  private static Assessment assessment(ResultSet r, Map<String, List<AssessmentMention>> mentions)
      throws SQLException {
    String id = r.getString("assessment_id");
    return new Assessment(
        id,
        r.getString("topic"),
        direction(r.getString("direction")),
        Json.stringList(r.getString("actors")),
        r.getString("statement"),
        r.getInt("documents"),
        r.getInt("independent_sources"),
        mentions.getOrDefault(id, List.of()));
  }

  private static Assessment.Direction direction(String label) {
    return Assessment.Direction.valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** The part of an assessment query SQL checks on the assessments table, with its parameters. */
  private record Where(String sql, List<String> params) {
    void bind(PreparedStatement p) throws SQLException {
      for (int i = 0; i < params.size(); i++) {
        p.setString(i + 1, params.get(i));
      }
    }
  }

  /**
   * Actor codes sit in a JSON array of strings: {@code "PRK} starts an element that starts with
   * PRK.
   */
  private static Where where(AssessmentQuery q) {
    List<String> clauses = new ArrayList<>();
    List<String> params = new ArrayList<>();
    q.actor()
        .ifPresent(
            a -> {
              clauses.add("contains(actors, ?)");
              params.add("\"" + a);
            });
    q.dyad()
        .ifPresent(
            d -> {
              clauses.add("contains(actors, ?) AND contains(actors, ?)");
              params.add("\"" + d.a());
              params.add("\"" + d.b());
            });
    q.topic()
        .ifPresent(
            t -> {
              clauses.add("topic = ?");
              params.add(t);
            });
    return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
  }
}
