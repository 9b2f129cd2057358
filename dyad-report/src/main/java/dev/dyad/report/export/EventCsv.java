package dev.dyad.report.export;

import dev.dyad.core.coding.Event;
import dev.dyad.report.json.Json;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Events as RFC 4180 CSV, one row per event. The header uses the field names of the {@code dyad
 * code} JSON Lines contract; the nested actors are flattened ({@code source_code}, {@code
 * source_text}) and the span is a JSON array in one cell ({@code [12,30]}).
 */
public final class EventCsv {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "event_id",
          "doc_id",
          "doc_uri",
          "published",
          "sentence_index",
          "sentence",
          "span",
          "source_code",
          "source_text",
          "target_code",
          "target_text",
          "event_type",
          "mode",
          "cameo",
          "quad_class",
          "intensity",
          "modality",
          "modality_cue",
          "date",
          "date_basis",
          "historical",
          "pattern",
          "confidence",
          "object");

  private static final CsvTable<Event> TABLE = new CsvTable<>(HEADER, EventCsv::cells);

  private EventCsv() {}

  /** Writes the header and one row per event; returns the number of rows (without the header). */
  public static long write(Writer out, Iterable<? extends Event> events) {
    return TABLE.write(out, events);
  }

  static List<String> cells(Event e) {
    return List.of(
        e.eventId(),
        e.docId(),
        e.docUri(),
        Cells.of(e.published()),
        Cells.of(e.sentenceIndex()),
        e.sentence(),
        Json.write(List.of(e.span().start(), e.span().end())),
        e.source().code(),
        e.source().text(),
        Cells.of(Optional.ofNullable(e.targetCode())),
        Cells.of(Optional.ofNullable(e.targetText())),
        e.eventType().name(),
        Cells.of(e.mode()),
        e.cameo(),
        Cells.of(e.quadClass()),
        Cells.of(e.intensity()),
        e.modality().label(),
        Cells.of(e.modalityCue()),
        Cells.of(e.date()),
        e.dateBasis().name().toLowerCase(Locale.ROOT),
        Cells.of(e.historical()),
        e.pattern(),
        Cells.rounded(e.confidence()),
        Cells.of(e.object()));
  }
}
