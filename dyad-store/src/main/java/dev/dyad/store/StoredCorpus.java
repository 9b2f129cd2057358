package dev.dyad.store;

import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Sentence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored documents, rebuilt with their sentences and events, in ingest order. Three ordered
 * scans merged by document rather than a query per document: one pass over each table.
 */
final class StoredCorpus {
  /** What a caller does with each stored document and its stored events. */
  interface Visitor {
    void visit(Document doc, List<Event> events) throws SQLException;
  }

  private StoredCorpus() {}

  /**
   * Visits every document; {@code withEvents} false skips the event scan (recode replaces them).
   */
  static void forEach(Connection c, boolean withEvents, Visitor visitor) throws SQLException {
    forEach(c, Long.MIN_VALUE, withEvents, visitor);
  }

  /**
   * Visits the documents from ingest position {@code fromSeq} on (the newest, when they are all
   * that is needed).
   */
  static void forEach(Connection c, long fromSeq, boolean withEvents, Visitor visitor)
      throws SQLException {
    try (PreparedStatement docs = c.prepareStatement(Sql.get("select-documents"));
        PreparedStatement sents = c.prepareStatement(Sql.get("select-sentences"));
        PreparedStatement evs =
            c.prepareStatement(
                withEvents
                    ? Sql.get("select-events-from-seq")
                    : "SELECT NULL AS doc_id WHERE CAST(? AS BIGINT) IS NULL AND false")) {
      docs.setLong(1, fromSeq);
      sents.setLong(1, fromSeq);
      evs.setLong(1, fromSeq);
      try (ResultSet d = docs.executeQuery();
          ResultSet s = sents.executeQuery();
          ResultSet e = evs.executeQuery()) {
        boolean sMore = s.next();
        boolean eMore = e.next();
        while (d.next()) {
          String id = d.getString("doc_id");
          List<Sentence> sentences = new ArrayList<>();
          while (sMore && s.getString("doc_id").equals(id)) {
            sentences.add(DocumentRows.sentence(s));
            sMore = s.next();
          }
          List<Event> events = new ArrayList<>();
          while (eMore && e.getString("doc_id").equals(id)) {
            events.add(EventRows.event(e));
            eMore = e.next();
          }
          visitor.visit(DocumentRows.document(d, sentences), events);
        }
      }
    }
  }
}
