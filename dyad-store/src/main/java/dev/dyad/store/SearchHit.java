package dev.dyad.store;

import dev.dyad.core.coding.Event;
import dev.dyad.store.search.SentenceHit;
import java.util.List;

/** A sentence that matched a search, with the events the coder read from it. */
public record SearchHit(SentenceHit sentence, List<Event> events) {
  public SearchHit {
    events = List.copyOf(events);
  }
}
