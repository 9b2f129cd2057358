package dev.dyad.store;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentExtractor;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.AssessmentMerger;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimMerger;
import dev.dyad.core.claims.SourceFamilies;
import dev.dyad.core.claims.TopicTaxonomy;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.Modality;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds source families, claims and assessments from the stored documents and events, replayed
 * in ingest order through dyad-core's mergers: the same result as {@code dyad claims} over the
 * same inputs, by construction. Runs inside the caller's transaction. Rebuilding everything is
 * simple and correct; maintaining claims incrementally in the database is future work.
 */
final class ClaimTables {
  /** What a rebuild wrote. */
  record Counts(long claims, long assessments, int families) {}

  private ClaimTables() {}

  /** Claims, assessments and families computed from the stored documents and events, in ingest order. */
  record Replay(SourceFamilies families, List<String> docIds, List<Claim> claims, List<Assessment> assessments) {}

  static Replay replay(Connection c, ActorDictionary dictionary) throws SQLException {
    TopicTaxonomy topics = TopicTaxonomy.builtIn();
    SourceFamilies families = new SourceFamilies();
    ClaimMerger claims = new ClaimMerger(dictionary);
    AssessmentExtractor extractor = new AssessmentExtractor(topics, dictionary);
    AssessmentMerger assessments = new AssessmentMerger(topics, dictionary);
    List<String> docIds = new ArrayList<>();
    StoredCorpus.forEach(
        c,
        true,
        (doc, events) -> {
          String family = families.add(doc);
          for (Event e : events) {
            claims.add(e, family);
          }
          assessments.addAll(extractor.extract(doc, family));
          docIds.add(doc.id());
        });
    return new Replay(families, docIds, claims.claims(), assessments.assessments());
  }

  static Counts rebuild(Connection c, ActorDictionary dictionary) throws SQLException {
    Replay replay = replay(c, dictionary);
    SourceFamilies families = replay.families();
    List<String> docIds = replay.docIds();
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM claim_mentions");
      s.execute("DELETE FROM claims");
      s.execute("DELETE FROM assessment_mentions");
      s.execute("DELETE FROM assessments");
    }
    // A family can change as documents join (a new first member); DuckDB runs a batch of UPDATEs
    // one by one, so only the documents whose family changed are written.
    Map<String, String> stored = storedFamilies(c);
    try (PreparedStatement p = c.prepareStatement(Sql.get("update-family"))) {
      for (String docId : docIds) {
        String family = families.familyOf(docId);
        if (!family.equals(stored.get(docId))) {
          p.setString(1, family);
          p.setString(2, docId);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    List<Claim> claimList = replay.claims();
    writeClaims(c, claimList);
    List<Assessment> assessmentList = replay.assessments();
    writeAssessments(c, assessmentList);
    return new Counts(claimList.size(), assessmentList.size(), families.families());
  }

  private static Map<String, String> storedFamilies(Connection c) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, family_id FROM documents")) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  private static void writeClaims(Connection c, List<Claim> list) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(Sql.get("insert-claim"));
        PreparedStatement m = c.prepareStatement(Sql.get("insert-claim-mention"))) {
      for (Claim claim : list) {
        Map<String, Integer> profile = new LinkedHashMap<>();
        for (Map.Entry<Modality, Integer> e : claim.modalityProfile().entrySet()) {
          profile.put(e.getKey().label(), e.getValue());
        }
        p.setString(1, claim.claimId());
        p.setString(2, claim.statement());
        p.setString(3, claim.source().code());
        p.setString(4, claim.source().name());
        p.setString(5, claim.target().code());
        p.setString(6, claim.target().name());
        p.setString(7, claim.eventType().name());
        Sql.setString(p, 8, claim.mode());
        Sql.setString(p, 9, claim.object());
        p.setString(10, claim.status().label());
        p.setInt(11, claim.documents());
        p.setInt(12, claim.independentSources());
        p.setString(13, Json.write(profile));
        Sql.setString(p, 14, claim.firstReported());
        Sql.setString(p, 15, claim.lastReported());
        p.addBatch();
        int ordinal = 0;
        for (ClaimMention mention : claim.mentions()) {
          m.setString(1, claim.claimId());
          m.setInt(2, ordinal++);
          m.setString(3, mention.eventId());
          m.setString(4, mention.docId());
          m.setString(5, mention.familyId());
          m.setInt(6, mention.sentenceIndex());
          m.setString(7, mention.modality().label());
          Sql.setString(m, 8, mention.modalityCue());
          Sql.setDate(m, 9, mention.published());
          m.addBatch();
        }
      }
      p.executeBatch();
      m.executeBatch();
    }
  }

  private static void writeAssessments(Connection c, List<Assessment> list) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(Sql.get("insert-assessment"));
        PreparedStatement m = c.prepareStatement(Sql.get("insert-assessment-mention"))) {
      for (Assessment a : list) {
        p.setString(1, a.assessmentId());
        p.setString(2, a.topic());
        p.setString(3, a.direction().label());
        p.setString(4, Json.write(a.actors()));
        p.setString(5, a.statement());
        p.setInt(6, a.documents());
        p.setInt(7, a.independentSources());
        p.addBatch();
        int ordinal = 0;
        for (AssessmentMention mention : a.mentions()) {
          m.setString(1, a.assessmentId());
          m.setInt(2, ordinal++);
          m.setString(3, mention.docId());
          m.setString(4, mention.familyId());
          Sql.setDate(m, 5, mention.published());
          m.setInt(6, mention.sentenceIndex());
          m.setString(7, mention.sentence());
          m.setString(8, mention.topic());
          m.setString(9, mention.direction().label());
          m.setString(10, Json.write(mention.actors()));
          m.setString(11, mention.cue());
          m.setString(12, mention.trigger());
          m.addBatch();
        }
      }
      p.executeBatch();
      m.executeBatch();
    }
  }
}
