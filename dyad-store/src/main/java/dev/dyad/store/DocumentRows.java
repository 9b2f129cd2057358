package dev.dyad.store;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Documents and their sentences to rows and back, losslessly, so stored text can be re-coded. */
final class DocumentRows {
  private DocumentRows() {}

  static void bind(PreparedStatement p, Document d, long seq, Timestamp at, String runId) throws SQLException {
    PublicationDate pub = d.published();
    p.setString(1, d.id());
    p.setLong(2, seq);
    p.setString(3, d.uri());
    p.setString(4, d.origin());
    Sql.setString(p, 5, d.title());
    Sql.setDate(p, 6, pub.date());
    p.setString(7, Json.write(pub.alternatives().stream().map(LocalDate::toString).toList()));
    p.setString(8, pub.basis().name().toLowerCase(Locale.ROOT));
    p.setString(9, pub.evidence());
    p.setString(10, d.text());
    p.setString(11, Json.write(d.warnings()));
    p.setString(12, Json.write(d.metadata()));
    p.setTimestamp(13, at);
    p.setString(14, runId);
  }

  static void bind(PreparedStatement p, String docId, Sentence s) throws SQLException {
    p.setString(1, docId);
    p.setInt(2, s.index());
    p.setString(3, s.text());
    p.setInt(4, s.start());
    p.setInt(5, s.end());
    p.setInt(6, s.block());
    p.setString(7, s.kind().name());
  }

  static Sentence sentence(ResultSet r) throws SQLException {
    return new Sentence(
        r.getInt("sentence_index"),
        r.getString("text"),
        r.getInt("start_offset"),
        r.getInt("end_offset"),
        r.getInt("block"),
        Block.Kind.valueOf(r.getString("kind")));
  }

  /** The document of the current row of {@code select-documents}, with the given sentences. */
  static Document document(ResultSet r, List<Sentence> sentences) throws SQLException {
    List<LocalDate> alternatives =
        Json.stringList(r.getString("published_alternatives")).stream().map(LocalDate::parse).toList();
    PublicationDate published =
        new PublicationDate(
            Sql.date(r, "published"),
            alternatives,
            PublicationDate.Basis.valueOf(r.getString("published_source").toUpperCase(Locale.ROOT)),
            r.getString("published_evidence"));
    return new Document(
        r.getString("doc_id"),
        r.getString("uri"),
        r.getString("origin"),
        Optional.ofNullable(r.getString("title")),
        published,
        r.getString("clean_text"),
        sentences,
        Json.stringList(r.getString("warnings")),
        Json.stringMap(r.getString("metadata")));
  }
}
