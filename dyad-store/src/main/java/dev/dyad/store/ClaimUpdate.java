package dev.dyad.store;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.ClaimEvidence;
import dev.dyad.core.claims.ClaimMerger;
import dev.dyad.core.claims.TopicTaxonomy;
import dev.dyad.core.coding.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings source families, claims and assessments in step with documents just stored, inside the
 * transaction that stores them: a killed ingest never leaves documents without their claims. Each
 * document joins a family ({@link StoredFamilies}), its events become evidence under their claim
 * keys and only those keys are merged again ({@link KeyedClaims}), and its forecasts are merged
 * with the stored mentions of their topic and direction ({@link TopicAssessments}). The tables then
 * hold exactly what dyad-core's {@link dev.dyad.core.CorpusAnalysis} gives for the stored documents
 * in ingest order.
 *
 * <p>One per writer session; single-threaded. After a failure the caller rolls back, and this
 * forgets what it cached.
 */
final class ClaimUpdate {
  /** Events per document fit below this, so {@code seq << 20 | ordinal} orders every event. */
  static final int ARRIVAL_BITS = 20;

  private final ClaimMerger merger;
  private final StoredFamilies families = new StoredFamilies();
  private final KeyedClaims claims;
  private final TopicAssessments assessments;
  private long nanos;

  ClaimUpdate(ActorDictionary dictionary) {
    this(
        dictionary,
        Integer.getInteger(CLAIM_CACHE, KeyedClaims.DEFAULT_BUDGET),
        Integer.getInteger(ASSESSMENT_CACHE, TopicAssessments.DEFAULT_BUDGET));
  }

  /**
   * System properties that set how much evidence and how many assessment mentions a writer keeps in
   * memory between batches (pieces; defaults about 100 MB and 30 MB of heap): less memory, more
   * reading back.
   */
  static final String CLAIM_CACHE = "dyad.claims.cache";

  static final String ASSESSMENT_CACHE = "dyad.assessments.cache";

  ClaimUpdate(ActorDictionary dictionary, int claimBudget, int assessmentBudget) {
    this.merger = new ClaimMerger(dictionary);
    this.claims = new KeyedClaims(merger, claimBudget);
    this.assessments = new TopicAssessments(TopicTaxonomy.builtIn(), dictionary, assessmentBudget);
  }

  /**
   * Adds {@code docs} (stored, in ingest order, after every document added before) to families,
   * claims and assessments, and records that the claim tables cover them, inside the caller's
   * transaction.
   */
  void apply(Connection c, List<ArrivingDocument> docs) throws SQLException {
    if (docs.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    try {
      Map<String, String> family = families.assign(c, docs);
      List<ClaimEvidence> evidence = new ArrayList<>();
      List<AssessmentMention> mentions = new ArrayList<>();
      for (ArrivingDocument d : docs) {
        String f = family.get(d.docId());
        long ordinal = 0;
        for (Event e : d.events()) {
          long arrival = (d.seq() << ARRIVAL_BITS) + ordinal++;
          evidence.add(EvidenceRows.kept(merger.evidence(e, f, arrival)));
        }
        // As AssessmentMerger counts them: a sentence, topic and direction once.
        Set<String> seen = new HashSet<>();
        for (AssessmentFact a : d.facts().assessments()) {
          if (seen.add(a.sentenceIndex() + "#" + a.topic() + "#" + a.direction())) {
            mentions.add(a.mention(d.docId(), d.facts().uri(), f, d.facts().published()));
          }
        }
      }
      claims.add(c, evidence);
      assessments.add(c, mentions);
      try (PreparedStatement p = c.prepareStatement(Sql.get("set-state"))) {
        p.setString(1, "claims_seq");
        p.setString(2, Long.toString(docs.get(docs.size() - 1).seq()));
        p.executeUpdate();
      }
    } catch (SQLException | RuntimeException e) {
      forget();
      throw e;
    } finally {
      nanos += System.nanoTime() - started;
    }
  }

  /** Forgets what was cached: after a rollback, or before the tables are rebuilt. */
  void forget() {
    claims.forget();
    assessments.forget();
  }

  /** Time spent in {@link #apply} so far. */
  double seconds() {
    return nanos / 1e9;
  }
}
