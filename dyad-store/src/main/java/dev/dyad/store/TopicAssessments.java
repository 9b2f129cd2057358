package dev.dyad.store;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.AssessmentMerger;
import dev.dyad.core.claims.TopicTaxonomy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessment tables kept in step with new mentions one topic, direction and quarter at a time:
 * an assessment only ever merges mentions of its own group ({@link AssessmentMerger#group}), so a
 * batch merges again only the groups its mentions fall in, from the stored mentions of that group
 * ({@code assessment_mentions}) and the new ones, and writes only the assessments that changed.
 * Cached like {@link KeyedClaims}, and forgotten after a failed batch.
 */
final class TopicAssessments {
  /** Mentions kept across batches by default. */
  static final int DEFAULT_BUDGET = 100_000;

  private record PairState(List<AssessmentMention> mentions, List<Assessment> assessments) {}

  private final TopicTaxonomy topics;
  private final ActorDictionary dictionary;
  private final int budget;
  private final LinkedHashMap<String, PairState> cache = new LinkedHashMap<>(16, 0.75f, true);
  private long cached;
  private Set<String> storedGroups;

  TopicAssessments(TopicTaxonomy topics, ActorDictionary dictionary, int budget) {
    this.topics = topics;
    this.dictionary = dictionary;
    this.budget = budget;
  }

  /**
   * Adds fresh mentions, inside the caller's transaction; returns assessments written or dropped.
   */
  int add(Connection c, List<AssessmentMention> fresh) throws SQLException {
    Map<String, List<AssessmentMention>> byPair = new LinkedHashMap<>();
    for (AssessmentMention m : fresh) {
      byPair.computeIfAbsent(pair(m), k -> new ArrayList<>()).add(m);
    }
    Set<String> known = storedGroups(c);
    List<String> missing = new ArrayList<>();
    for (String pair : byPair.keySet()) {
      if (!cache.containsKey(pair) && known.contains(pair)) {
        missing.add(pair);
      }
    }
    Map<String, List<AssessmentMention>> loaded = load(c, missing);
    TableChanges<Assessment, AssessmentMention> changes =
        new TableChanges<>(
            "assessments", "assessment_mentions", "assessment_id", ClaimRows.ASSESSMENTS);
    for (Map.Entry<String, List<AssessmentMention>> entry : byPair.entrySet()) {
      PairState before = cache.remove(entry.getKey());
      if (before == null) {
        List<AssessmentMention> stored = loaded.getOrDefault(entry.getKey(), List.of());
        before = new PairState(stored, merge(stored));
      } else {
        cached -= before.mentions().size();
      }
      List<AssessmentMention> all = new ArrayList<>(before.mentions());
      all.addAll(entry.getValue());
      List<Assessment> after = merge(all);
      changes.change(before.assessments(), after);
      cache.put(entry.getKey(), new PairState(all, after));
      cached += all.size();
    }
    changes.write(c);
    known.addAll(byPair.keySet());
    trim();
    return changes.size();
  }

  void forget() {
    cache.clear();
    cached = 0;
    storedGroups = null;
  }

  /**
   * The groups {@code assessment_mentions} holds, read once per writer session and kept up to date
   * by {@link #add}: a group with no stored mention needs no read.
   */
  private Set<String> storedGroups(Connection c) throws SQLException {
    if (storedGroups == null) {
      Set<String> groups = new HashSet<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT DISTINCT topic || '|' || direction || '|' || "
                      + quarterOf("published")
                      + " FROM assessment_mentions")) {
        while (r.next()) {
          groups.add(r.getString(1));
        }
      }
      storedGroups = groups;
    }
    return storedGroups;
  }

  private List<Assessment> merge(List<AssessmentMention> mentions) {
    if (mentions.isEmpty()) {
      return List.of();
    }
    AssessmentMerger merger = new AssessmentMerger(topics, dictionary);
    merger.addAll(mentions);
    return merger.assessments();
  }

  private static String pair(AssessmentMention m) {
    return AssessmentMerger.group(m);
  }

  /** The stored mentions of these topic|direction|quarter groups, by group. */
  private static Map<String, List<AssessmentMention>> load(Connection c, List<String> pairs)
      throws SQLException {
    Map<String, List<AssessmentMention>> out = new HashMap<>();
    if (pairs.isEmpty()) {
      return out;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE wanted_pairs"
              + " (topic VARCHAR, direction VARCHAR, quarter VARCHAR)");
    }
    try (Appender a = Appender.ofTemporary(c, "wanted_pairs")) {
      for (String pair : pairs) {
        int last = pair.lastIndexOf('|');
        int bar = pair.lastIndexOf('|', last - 1);
        a.row()
            .add(pair.substring(0, bar))
            .add(pair.substring(bar + 1, last))
            .add(pair.substring(last + 1))
            .end();
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT m.*, d.uri FROM assessment_mentions m JOIN documents d USING (doc_id)"
                    + " JOIN wanted_pairs w ON m.topic = w.topic AND m.direction = w.direction"
                    + " AND "
                    + quarterOf("m.published")
                    + " = w.quarter")) {
      while (r.next()) {
        AssessmentMention m = StoredClaims.assessmentMention(r);
        out.computeIfAbsent(pair(m), k -> new ArrayList<>()).add(m);
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE wanted_pairs");
    }
    return out;
  }

  /**
   * SQL for the quarter of a publication date as {@link AssessmentMerger#group} writes it ({@code
   * 2024Q3}, empty for none).
   */
  private static String quarterOf(String column) {
    return "coalesce(year(" + column + ") || 'Q' || quarter(" + column + "), '')";
  }

  private void trim() {
    Iterator<PairState> eldest = cache.values().iterator();
    while (cached > budget && eldest.hasNext()) {
      cached -= eldest.next().mentions().size();
      eldest.remove();
    }
  }
}
