package dev.dyad.store;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.DocumentFacts;
import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.report.json.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds source families, claims and assessments from the stored documents' facts (signature,
 * assessment facts) and events, replayed in ingest order through dyad-core's {@link
 * CorpusAnalysis}: the same result as {@code dyad claims} over the same inputs, by construction.
 * Runs inside the caller's transaction. The per-document work ({@link DocumentAnalyzer}) was done
 * once when each document was stored, so a rebuild reads no text; the merging itself is still
 * replayed over the whole corpus.
 */
final class ClaimTables {
  /** What a rebuild wrote. */
  record Counts(long claims, long assessments, int families) {}

  private ClaimTables() {}

  /** The stored corpus merged again, with its document ids in ingest order. */
  record Replay(CorpusAnalysis analysis, List<String> docIds) {}

  /**
   * Replays the stored corpus. Documents stored before their facts were kept have them computed
   * from their text on the way (and kept only by {@link #rebuild}, which may write).
   */
  static Replay replay(Connection c, DocumentAnalyzer analyzer) throws SQLException {
    return replay(c, analyzer.dictionary(), StoredFacts.computeMissing(c, analyzer));
  }

  private static Replay replay(
      Connection c, ActorDictionary dictionary, Map<String, DocumentFacts> computed)
      throws SQLException {
    CorpusAnalysis analysis = new CorpusAnalysis(dictionary);
    List<String> docIds = new ArrayList<>();
    StoredFacts.forEach(
        c,
        computed,
        (facts, events) -> {
          analysis.add(facts, events);
          docIds.add(facts.docId());
        });
    return new Replay(analysis, docIds);
  }

  static Counts rebuild(Connection c, DocumentAnalyzer analyzer) throws SQLException {
    Map<String, DocumentFacts> computed = StoredFacts.computeMissing(c, analyzer);
    StoredFacts.store(c, computed);
    Replay replay = replay(c, analyzer.dictionary(), computed);
    CorpusAnalysis analysis = replay.analysis();
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM claim_mentions");
      s.execute("DELETE FROM claims");
      s.execute("DELETE FROM assessment_mentions");
      s.execute("DELETE FROM assessments");
    }
    updateFamilies(c, replay.docIds(), analysis);
    List<Claim> claimList = analysis.claims();
    writeClaims(c, claimList);
    List<Assessment> assessmentList = analysis.assessments();
    writeAssessments(c, assessmentList);
    return new Counts(claimList.size(), assessmentList.size(), analysis.families());
  }

  /**
   * A family can change as documents join (a new first member). Only the documents whose family
   * changed are written, and in one statement: DuckDB runs a batch of UPDATEs one by one, which
   * costs minutes for a fresh corpus of 100,000 documents.
   */
  private static void updateFamilies(Connection c, List<String> docIds, CorpusAnalysis families)
      throws SQLException {
    Map<String, String> stored = storedFamilies(c);
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE family_changes (doc_id VARCHAR, family_id VARCHAR)");
    }
    int changed = 0;
    try (Appender a = Appender.ofTemporary(c, "family_changes")) {
      for (String docId : docIds) {
        String family = families.familyOf(docId);
        if (!family.equals(stored.get(docId))) {
          a.row().add(docId).add(family).end();
          changed++;
        }
      }
    }
    try (Statement s = c.createStatement()) {
      if (changed > 0) {
        s.execute(Sql.get("update-families"));
      }
      s.execute("DROP TABLE family_changes");
    }
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
    try (Appender p = Appender.of(c, "claims");
        Appender m = Appender.of(c, "claim_mentions")) {
      for (Claim claim : list) {
        Map<String, Integer> profile = new LinkedHashMap<>();
        for (Map.Entry<Modality, Integer> e : claim.modalityProfile().entrySet()) {
          profile.put(e.getKey().label(), e.getValue());
        }
        p.row()
            .add(claim.claimId())
            .add(claim.statement())
            .add(claim.source().code())
            .add(claim.source().name())
            .add(claim.target().code())
            .add(claim.target().name())
            .add(claim.eventType().name())
            .add(claim.mode())
            .add(claim.object())
            .add(claim.status().label())
            .add(claim.documents())
            .add(claim.independentSources())
            .add(Json.write(profile))
            .add(claim.firstReported())
            .add(claim.lastReported())
            .end();
        int ordinal = 0;
        for (ClaimMention mention : claim.mentions()) {
          m.row()
              .add(claim.claimId())
              .add(ordinal++)
              .add(mention.eventId())
              .add(mention.docId())
              .add(mention.familyId())
              .add(mention.sentenceIndex())
              .add(mention.modality().label())
              .add(mention.modalityCue())
              .date(mention.published())
              .end();
        }
      }
    }
  }

  private static void writeAssessments(Connection c, List<Assessment> list) throws SQLException {
    try (Appender p = Appender.of(c, "assessments");
        Appender m = Appender.of(c, "assessment_mentions")) {
      for (Assessment a : list) {
        p.row()
            .add(a.assessmentId())
            .add(a.topic())
            .add(a.direction().label())
            .add(Json.write(a.actors()))
            .add(a.statement())
            .add(a.documents())
            .add(a.independentSources())
            .end();
        int ordinal = 0;
        for (AssessmentMention mention : a.mentions()) {
          m.row()
              .add(a.assessmentId())
              .add(ordinal++)
              .add(mention.docId())
              .add(mention.familyId())
              .date(mention.published())
              .add(mention.sentenceIndex())
              .add(mention.sentence())
              .add(mention.topic())
              .add(mention.direction().label())
              .add(Json.write(mention.actors()))
              .add(mention.cue())
              .add(mention.trigger())
              .end();
        }
      }
    }
  }
}
