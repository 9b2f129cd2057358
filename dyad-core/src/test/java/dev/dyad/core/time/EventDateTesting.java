package dev.dyad.core.time;

import dev.dyad.core.model.EventDate;
import dev.dyad.core.model.EventSpan;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Builds the dater's inputs from a sentence and its trigger word. */
final class EventDateTesting {
  private EventDateTesting() {}

  static EventDate date(String sentence, String trigger, String published) {
    return date(sentence, trigger, known(published));
  }

  static EventDate date(String sentence, String trigger, PublicationDate published) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int t = index(tokens, trigger);
    return EventDates.date(tokens, new EventSpan(t, t, t), sentence, published);
  }

  static PublicationDate known(String iso) {
    return PublicationDate.known(LocalDate.parse(iso), PublicationDate.Basis.METADATA, iso);
  }

  /** The first token whose key is {@code word}. */
  static int index(List<Token> tokens, String word) {
    String key = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no token " + word);
  }
}
