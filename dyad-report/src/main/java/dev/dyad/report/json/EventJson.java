package dev.dyad.report.json;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventActor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Lines contract of {@code dyad code}: one object per event. Field names are a contract
 * other tools read: add fields, never rename.
 */
public final class EventJson {
  private EventJson() {}

  /** The event's line. */
  public static String line(Event e) {
    return Json.write(fields(e));
  }

  /** The event's fields, in contract order (also nested in search hits). */
  public static Map<String, Object> fields(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event_id", e.eventId());
    m.put("doc_id", e.docId());
    m.put("doc_uri", e.docUri());
    m.put("published", e.published().map(LocalDate::toString).orElse(null));
    m.put("sentence_index", e.sentenceIndex());
    m.put("sentence", e.sentence());
    m.put("span", List.of(e.span().start(), e.span().end()));
    m.put("source", actor(e.source()));
    // Null for an event with no target (a protest, a mobilisation).
    m.put("target", e.target().map(EventJson::actor).orElse(null));
    m.put("event_type", e.eventType().name());
    m.put("mode", e.mode().orElse(null));
    m.put("cameo", e.cameo());
    m.put("quad_class", e.quadClass());
    m.put("intensity", e.intensity());
    m.put("modality", e.modality().label());
    m.put("modality_cue", e.modalityCue().orElse(null));
    m.put("date", e.date().orElse(null));
    m.put("date_basis", e.dateBasis().name().toLowerCase(Locale.ROOT));
    m.put("historical", e.historical());
    m.put("pattern", e.pattern());
    m.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    m.put("object", e.object().orElse(null));
    return m;
  }

  private static Map<String, Object> actor(EventActor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("text", a.text());
    return m;
  }
}
