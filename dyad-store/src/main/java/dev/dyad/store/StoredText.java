package dev.dyad.store;

import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import java.util.List;
import java.util.Objects;

/**
 * One stored document as it was cleaned, with the events coded from it, in the coder's order.
 *
 * @param document the cleaned text, its sentences with offsets, title, date and warnings
 * @param events the events of its sentences (spans are offsets into their sentence)
 */
public record StoredText(Document document, List<Event> events) {
  public StoredText {
    Objects.requireNonNull(document, "document");
    events = List.copyOf(events);
  }
}
