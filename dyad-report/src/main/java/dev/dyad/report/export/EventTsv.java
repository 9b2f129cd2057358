package dev.dyad.report.export;

import dev.dyad.core.coding.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code dyad code --format tsv}: the JSON fields flattened into columns, one header line. */
public final class EventTsv {
  public static final List<String> COLUMNS =
      List.of(
          "event_id",
          "doc_id",
          "doc_uri",
          "published",
          "sentence_index",
          "span_start",
          "span_end",
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
          "object",
          "sentence");

  private EventTsv() {}

  public static String header() {
    return String.join("\t", COLUMNS);
  }

  public static String line(Event e) {
    return List.of(
            e.eventId(),
            e.docId(),
            e.docUri(),
            e.published().map(LocalDate::toString).orElse(""),
            Integer.toString(e.sentenceIndex()),
            Integer.toString(e.span().start()),
            Integer.toString(e.span().end()),
            e.source().code(),
            e.source().text(),
            e.target().map(t -> t.code()).orElse(""),
            e.target().map(t -> t.text()).orElse(""),
            e.eventType().name(),
            e.mode().orElse(""),
            e.cameo(),
            Integer.toString(e.quadClass()),
            Double.toString(e.intensity()),
            e.modality().label(),
            e.modalityCue().orElse(""),
            e.date().orElse(""),
            e.dateBasis().name().toLowerCase(Locale.ROOT),
            Boolean.toString(e.historical()),
            e.pattern(),
            String.format(Locale.ROOT, "%.3f", e.confidence()),
            e.object().orElse(""),
            e.sentence())
        .stream()
        .map(EventTsv::field)
        .collect(Collectors.joining("\t"));
  }

  /**
   * Tabs and line breaks inside a value would break the columns; a formula is neutralised ({@link
   * FormulaCells}).
   */
  private static String field(String value) {
    return FormulaCells.neutralise(value).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
