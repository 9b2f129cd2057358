package dev.dyad.report.json;

import dev.dyad.core.coding.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Lines contract of {@code dyad search --format jsonl}: one object per matching sentence,
 * with the events coded from it as {@code dyad code} writes them. Field names are a contract other
 * tools read: add fields, never rename.
 */
public final class SearchJson {
  private SearchJson() {}

  /**
   * A matching sentence's fields, in contract order; the score stays a float, as the index gives
   * it.
   */
  public static Map<String, Object> hit(
      String docId,
      String docUri,
      int sentenceIndex,
      String sentence,
      float score,
      List<Event> events) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", docId);
    m.put("doc_uri", docUri);
    m.put("sentence_index", sentenceIndex);
    m.put("sentence", sentence);
    m.put("score", score);
    m.put("events", events.stream().map(EventJson::fields).toList());
    return m;
  }
}
