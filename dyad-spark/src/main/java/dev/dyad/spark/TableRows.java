package dev.dyad.spark;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.claims.FamilySignature;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventActor;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.EventDate;
import dev.dyad.report.json.Json;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * Rows of the per-document tables read back as dyad-core values for the merge, the inverse of
 * {@link AnalysisRows} (and of the store's own readers): a row this run made and one an earlier run
 * wrote to Parquet are read the same way.
 */
final class TableRows {
  private TableRows() {}

  static Object get(Row r, Tables t, String column) {
    return r.get(t.schema().fieldIndex(column));
  }

  static String string(Row r, Tables t, String column) {
    return (String) get(r, t, column);
  }

  static int integer(Row r, Tables t, String column) {
    return ((Number) get(r, t, column)).intValue();
  }

  static Optional<String> optional(Row r, Tables t, String column) {
    return Optional.ofNullable(string(r, t, column));
  }

  static Optional<LocalDate> date(Row r, Tables t, String column) {
    return Optional.ofNullable((LocalDate) get(r, t, column));
  }

  static Event event(Row r) {
    Tables t = Tables.EVENTS;
    return new Event(
        string(r, t, "event_id"),
        string(r, t, "doc_id"),
        string(r, t, "doc_uri"),
        date(r, t, "published"),
        integer(r, t, "sentence_index"),
        string(r, t, "sentence"),
        new Event.Span(integer(r, t, "span_start"), integer(r, t, "span_end")),
        new EventActor(string(r, t, "source_code"), string(r, t, "source_text")),
        // A null target_code: an event with no target.
        optional(r, t, "target_code")
            .map(code -> new EventActor(code, string(r, t, "target_text"))),
        EventType.valueOf(string(r, t, "event_type")),
        optional(r, t, "mode"),
        string(r, t, "cameo"),
        integer(r, t, "quad_class"),
        ((Number) get(r, t, "intensity")).doubleValue(),
        Modality.ofLabel(string(r, t, "modality")),
        optional(r, t, "modality_cue"),
        optional(r, t, "event_date"),
        EventDate.Basis.valueOf(string(r, t, "date_basis").toUpperCase(Locale.ROOT)),
        (Boolean) get(r, t, "historical"),
        string(r, t, "pattern"),
        ((Number) get(r, t, "confidence")).doubleValue(),
        optional(r, t, "object"));
  }

  static AssessmentFact assessment(Row r) {
    Tables t = Tables.DOCUMENT_ASSESSMENTS;
    return new AssessmentFact(
        integer(r, t, "sentence_index"),
        string(r, t, "sentence"),
        string(r, t, "topic"),
        Assessment.Direction.valueOf(string(r, t, "direction").toUpperCase(Locale.ROOT)),
        Json.stringList(string(r, t, "actors")),
        string(r, t, "cue"),
        string(r, t, "trigger_words"));
  }

  static FamilySignature signature(Row r) {
    return FamilySignature.fromBytes((byte[]) get(r, Tables.DOCUMENT_SIGNATURES, "signature"));
  }
}
