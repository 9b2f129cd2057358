package dev.dyad.core.coding;

import dev.dyad.core.model.EventDate;
import dev.dyad.core.model.EventSpan;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.text.Token;
import java.util.List;
import java.util.Optional;

/** Dates one event mention from its sentence and the article's publication date. */
public interface EventDater {

  /**
   * The date of the event at {@code span} in {@code tokens} (the tokens of {@code sentence}), and
   * whether it is historical background.
   */
  EventDate date(List<Token> tokens, EventSpan span, String sentence, PublicationDate published);

  /** A dater that reads nothing from the sentence: the publication date stands in when known. */
  EventDater PUBLISHED =
      (tokens, span, sentence, published) ->
          published.date().isPresent()
              ? new EventDate(
                  Optional.of(published.date().get().toString()),
                  EventDate.Basis.PUBLISHED,
                  false,
                  "")
              : EventDate.NONE;
}
