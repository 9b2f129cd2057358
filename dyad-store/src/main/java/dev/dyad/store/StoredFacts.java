package dev.dyad.store;

import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.DocumentFacts;
import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.coding.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored corpus as the claim rebuild reads it: each document in ingest order with its {@link
 * DocumentFacts} and its events, from four ordered scans merged by document. No text is read, so a
 * rebuild costs the facts and events, not the corpus.
 */
final class StoredFacts {
  /** What a caller does with each stored document. */
  interface Visitor {
    void visit(DocumentFacts facts, List<Event> events) throws SQLException;
  }

  private StoredFacts() {}

  /**
   * Visits every document in ingest order; documents without stored facts take theirs from {@code
   * computed} (see {@link #computeMissing}).
   *
   * @throws IllegalStateException if a document has facts neither stored nor computed
   */
  static void forEach(Connection c, Map<String, DocumentFacts> computed, Visitor visitor)
      throws SQLException {
    forEach(c, 0, Long.MAX_VALUE, computed, (seq, facts, events) -> visitor.visit(facts, events));
  }

  /** The documents with {@code seq} from {@code from} to {@code to}, as {@link #forEach} reads. */
  static List<ArrivingDocument> range(
      Connection c, long from, long to, Map<String, DocumentFacts> computed) throws SQLException {
    List<ArrivingDocument> out = new ArrayList<>();
    forEach(
        c,
        from,
        to,
        computed,
        (seq, facts, events) -> out.add(new ArrivingDocument(seq, facts, events)));
    return out;
  }

  private interface SeqVisitor {
    void visit(long seq, DocumentFacts facts, List<Event> events) throws SQLException;
  }

  private static void forEach(
      Connection c, long from, long to, Map<String, DocumentFacts> computed, SeqVisitor visitor)
      throws SQLException {
    try (PreparedStatement docs = range(c, "select-document-heads", from, to);
        PreparedStatement sigs = range(c, "select-signatures-by-seq", from, to);
        PreparedStatement facts = range(c, "select-assessment-facts-by-seq", from, to);
        PreparedStatement evs = range(c, "select-events-by-seq", from, to);
        ResultSet d = docs.executeQuery();
        ResultSet s = sigs.executeQuery();
        ResultSet a = facts.executeQuery();
        ResultSet e = evs.executeQuery()) {
      boolean sMore = s.next();
      boolean aMore = a.next();
      boolean eMore = e.next();
      while (d.next()) {
        String id = d.getString("doc_id");
        String uri = d.getString("uri");
        Optional<LocalDate> published = Sql.date(d, "published");
        DocumentFacts docFacts;
        if (sMore && s.getString("doc_id").equals(id)) {
          List<AssessmentFact> assessments = new ArrayList<>();
          while (aMore && a.getString("doc_id").equals(id)) {
            assessments.add(FactRows.assessment(a));
            aMore = a.next();
          }
          docFacts = new DocumentFacts(id, uri, published, FactRows.signature(s), assessments);
          sMore = s.next();
        } else {
          DocumentFacts known = computed.get(id);
          if (known == null) {
            throw new IllegalStateException("document " + id + " has no stored facts");
          }
          docFacts = new DocumentFacts(id, uri, published, known.signature(), known.assessments());
        }
        List<Event> events = new ArrayList<>();
        while (eMore && e.getString("doc_id").equals(id)) {
          events.add(EventRows.event(e));
          eMore = e.next();
        }
        visitor.visit(d.getLong("seq"), docFacts, events);
      }
    }
  }

  private static PreparedStatement range(Connection c, String sql, long from, long to)
      throws SQLException {
    PreparedStatement p = c.prepareStatement(Sql.get(sql));
    p.setLong(1, from);
    p.setLong(2, to);
    return p;
  }

  /**
   * The facts of the documents that have none stored (stored before the store kept them), computed
   * from their stored text; empty, and nothing read, when every document has its facts.
   */
  static Map<String, DocumentFacts> computeMissing(Connection c, DocumentAnalyzer analyzer)
      throws SQLException {
    Set<String> missing = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(Sql.get("documents-without-facts"))) {
      while (r.next()) {
        missing.add(r.getString(1));
      }
    }
    Map<String, DocumentFacts> out = new HashMap<>();
    if (!missing.isEmpty()) {
      StoredCorpus.forEach(
          c,
          false,
          (doc, none) -> {
            if (missing.contains(doc.id())) {
              out.put(doc.id(), analyzer.facts(doc));
            }
          });
    }
    return out;
  }

  /** Stores computed facts, inside the caller's open transaction. */
  static void store(Connection c, Map<String, DocumentFacts> facts) throws SQLException {
    if (facts.isEmpty()) {
      return;
    }
    try (Appender signatures = Appender.of(c, "document_signatures");
        Appender assessments = Appender.of(c, "document_assessments")) {
      for (DocumentFacts f : facts.values()) {
        FactRows.append(signatures, assessments, f);
      }
    }
  }
}
