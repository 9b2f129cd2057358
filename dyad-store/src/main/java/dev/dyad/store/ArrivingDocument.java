package dev.dyad.store;

import dev.dyad.core.DocumentFacts;
import dev.dyad.core.coding.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A document as the claim update takes it: its place in ingest order, its facts and its events, one
 * per event id in the coder's order (as they are stored).
 *
 * @param seq its {@code documents.seq}
 * @param facts its family signature and assessment facts
 * @param events its events, repeats dropped
 */
record ArrivingDocument(long seq, DocumentFacts facts, List<Event> events) {
  ArrivingDocument {
    events = distinct(events);
  }

  String docId() {
    return facts.docId();
  }

  /** The first of each event id, as {@link EventRows#appendAll} stores them. */
  private static List<Event> distinct(List<Event> events) {
    Set<String> seen = new HashSet<>();
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (seen.add(e.eventId())) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }
}
