package dev.dyad.store;

import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Sentence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one stored document by id, with its sentences and events: three keyed lookups. */
final class DocumentReads {
  private DocumentReads() {}

  static Optional<StoredText> text(Connection c, String docId) throws SQLException {
    List<Sentence> sentences = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT doc_id, sentence_index, text, start_offset, end_offset, block, kind"
                + " FROM sentences WHERE doc_id = ? ORDER BY sentence_index")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sentences.add(DocumentRows.sentence(r));
        }
      }
    }
    List<Event> events = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT * FROM events WHERE doc_id = ? ORDER BY ordinal")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          events.add(EventRows.event(r));
        }
      }
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT doc_id, seq, uri, origin, title, published, published_alternatives,"
                + " published_source, published_evidence, family_id, clean_text, warnings, metadata"
                + " FROM documents WHERE doc_id = ?")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        return r.next()
            ? Optional.of(new StoredText(DocumentRows.document(r, sentences), events))
            : Optional.empty();
      }
    }
  }
}
