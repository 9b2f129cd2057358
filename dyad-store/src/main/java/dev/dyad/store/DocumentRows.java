package dev.dyad.store;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Warning;
import dev.dyad.report.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Documents and their sentences to rows and back, losslessly, so stored text can be re-coded. */
final class DocumentRows {
  private DocumentRows() {}

  /** Appends a row of {@code documents}, every column in table order. */
  /** A document row; {@code raw} is the source as read (HTML, text), null when not at hand. */
  static void append(Appender a, Document d, String raw, long seq, LocalDateTime at, String runId)
      throws SQLException {
    PublicationDate pub = d.published();
    a.row()
        .add(d.id())
        .add(seq)
        .add(d.uri())
        .add(d.origin())
        .add(d.title())
        .date(pub.date())
        .add(Json.write(pub.alternatives().stream().map(LocalDate::toString).toList()))
        .add(pub.basis().name().toLowerCase(Locale.ROOT))
        .add(pub.evidence())
        .add((String) null) // family_id: set when claims are rebuilt
        .add(raw)
        .add(d.text())
        .add(Json.write(d.warnings().stream().map(Warning::message).toList()))
        .add(Json.write(d.metadata()))
        .timestamp(at)
        .add(runId)
        .end();
  }

  /** Appends a row of {@code sentences} of the document stored at {@code seq}. */
  static void append(Appender a, String docId, long seq, Sentence s) throws SQLException {
    a.row()
        .add(docId)
        .add(s.index())
        .add(s.text())
        .add(s.start())
        .add(s.end())
        .add(s.block())
        .add(s.kind().name())
        .add(seq)
        .end();
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
        Json.stringList(r.getString("published_alternatives")).stream()
            .map(LocalDate::parse)
            .toList();
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
        Json.stringList(r.getString("warnings")).stream().map(Warning::of).toList(),
        Json.stringMap(r.getString("metadata")));
  }
}
