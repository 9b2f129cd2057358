package dev.dyad.store;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventActor;
import dev.dyad.core.coding.EventType;
import dev.dyad.core.coding.Modality;
import dev.dyad.core.time.EventDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Events to rows and back. Enumerations are stored as the labels of the JSON contract (modality
 * "reported", date basis "text") so that SQL over the store reads like {@code dyad code} output.
 */
final class EventRows {
  private EventRows() {}

  static void bind(PreparedStatement p, Event e, int ordinal, CoderVersion coder) throws SQLException {
    p.setString(1, e.eventId());
    p.setString(2, e.docId());
    p.setInt(3, ordinal);
    p.setString(4, e.docUri());
    Sql.setDate(p, 5, e.published());
    p.setInt(6, e.sentenceIndex());
    p.setString(7, e.sentence());
    p.setInt(8, e.span().start());
    p.setInt(9, e.span().end());
    p.setString(10, e.source().code());
    p.setString(11, e.source().text());
    p.setString(12, e.target().code());
    p.setString(13, e.target().text());
    p.setString(14, e.eventType().name());
    Sql.setString(p, 15, e.mode());
    p.setString(16, e.cameo());
    p.setInt(17, e.quadClass());
    p.setDouble(18, e.intensity());
    p.setString(19, e.modality().label());
    Sql.setString(p, 20, e.modalityCue());
    Sql.setString(p, 21, e.date());
    p.setString(22, e.dateBasis().name().toLowerCase(Locale.ROOT));
    p.setBoolean(23, e.historical());
    p.setString(24, e.pattern());
    p.setDouble(25, e.confidence());
    Sql.setString(p, 26, e.object());
    p.setString(27, coder.version());
    p.setString(28, coder.dictionaryHash());
  }

  static Event event(ResultSet r) throws SQLException {
    return new Event(
        r.getString("event_id"),
        r.getString("doc_id"),
        r.getString("doc_uri"),
        Sql.date(r, "published"),
        r.getInt("sentence_index"),
        r.getString("sentence"),
        new Event.Span(r.getInt("span_start"), r.getInt("span_end")),
        new EventActor(r.getString("source_code"), r.getString("source_text")),
        new EventActor(r.getString("target_code"), r.getString("target_text")),
        EventType.valueOf(r.getString("event_type")),
        Sql.string(r, "mode"),
        r.getString("cameo"),
        r.getInt("quad_class"),
        r.getDouble("intensity"),
        Modality.ofLabel(r.getString("modality")),
        Sql.string(r, "modality_cue"),
        Sql.string(r, "event_date"),
        EventDate.Basis.valueOf(r.getString("date_basis").toUpperCase(Locale.ROOT)),
        r.getBoolean("historical"),
        r.getString("pattern"),
        r.getDouble("confidence"),
        Sql.string(r, "object"));
  }
}
