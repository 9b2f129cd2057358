package dev.dyad.store;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.DocumentFacts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The claim tables rebuilt from scratch: source families, claims and assessments of every stored
 * document, from the facts (signature, assessment facts) and events kept at ingest, added in ingest
 * order through the same {@link ClaimUpdate} an ingest uses for each batch, {@link #CHUNK}
 * documents at a time: no text is read, and memory is a chunk and the update's cache, not the
 * corpus. {@code dyad recode} and a store whose claim tables are behind its documents (written by
 * an older version) are rebuilt so. {@link #replay} is the reference: the whole corpus merged in
 * memory by dyad-core's {@link CorpusAnalysis}, which the tables equal.
 */
final class ClaimTables {
  /** Documents added to the claim tables at a time by {@link #rebuild}. */
  static final int CHUNK = 5_000;

  private ClaimTables() {}

  /** The stored corpus merged again, with its document ids in ingest order. */
  record Replay(CorpusAnalysis analysis, List<String> docIds) {}

  /**
   * Replays the stored corpus in memory. Documents stored before their facts were kept have them
   * computed from their text on the way.
   */
  static Replay replay(Connection c, DocumentAnalyzer analyzer) throws SQLException {
    Map<String, DocumentFacts> computed = StoredFacts.computeMissing(c, analyzer);
    CorpusAnalysis analysis = new CorpusAnalysis(analyzer.dictionary());
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

  /**
   * Empties the claim tables and adds every stored document again, inside the caller's transaction.
   * Facts missing from documents stored before they were kept are computed from the text first, and
   * kept.
   */
  static void rebuild(Connection c, DocumentAnalyzer analyzer, ClaimUpdate update)
      throws SQLException {
    Map<String, DocumentFacts> computed = StoredFacts.computeMissing(c, analyzer);
    StoredFacts.store(c, computed);
    try (Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "claim_mentions",
              "claims",
              "assessment_mentions",
              "assessments",
              "claim_evidence",
              "document_bands")) {
        s.execute("DELETE FROM " + table);
      }
      s.execute("UPDATE documents SET family_id = NULL");
    }
    update.forget();
    long last;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
      r.next();
      last = r.getLong(1);
    }
    for (long from = 0; from <= last; from += CHUNK) {
      update.apply(c, StoredFacts.range(c, from, Math.min(last, from + CHUNK - 1), computed));
    }
  }
}
