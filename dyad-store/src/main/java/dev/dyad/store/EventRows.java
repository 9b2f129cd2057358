package dev.dyad.store;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventActor;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.EventDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Events to rows and back. Enumerations are stored as the labels of the JSON contract (modality
 * "reported", date basis "text") so that SQL over the store reads like {@code dyad code} output.
 */
final class EventRows {
  private EventRows() {}

  /** Appends a row of {@code events}, every column in table order. */
  static void append(Appender a, Event e, int ordinal, CoderVersion coder) throws SQLException {
    a.row()
        .add(e.eventId())
        .add(e.docId())
        .add(ordinal)
        .add(e.docUri())
        .date(e.published())
        .add(e.sentenceIndex())
        .add(e.sentence())
        .add(e.span().start())
        .add(e.span().end())
        .add(e.source().code())
        .add(e.source().text())
        .add(e.targetCode()) // null: an event with no target
        .add(e.targetText())
        .add(e.eventType().name())
        .add(e.mode())
        .add(e.cameo())
        .add(e.quadClass())
        .add(e.intensity())
        .add(e.modality().label())
        .add(e.modalityCue())
        .add(e.date())
        .add(e.dateBasis().name().toLowerCase(Locale.ROOT))
        .add(e.historical())
        .add(e.pattern())
        .add(e.confidence())
        .add(e.object())
        .add(coder.version())
        .add(coder.dictionaryHash())
        .add(coder.dictionaries())
        .add(coder.dictionariesHash())
        .end();
  }

  /**
   * Appends the events of one document in the coder's order. An event id hashes document, sentence,
   * span, pattern and parties, so a repeat is the same event: the first is kept, as the claim
   * merger does.
   */
  static int appendAll(Appender a, List<Event> events, CoderVersion coder) throws SQLException {
    Set<String> seen = new HashSet<>();
    int ordinal = 0;
    for (Event e : events) {
      if (seen.add(e.eventId())) {
        append(a, e, ordinal++, coder);
      }
    }
    return ordinal;
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
        r.getString("target_code") == null
            ? Optional.empty()
            : Optional.of(new EventActor(r.getString("target_code"), r.getString("target_text"))),
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
