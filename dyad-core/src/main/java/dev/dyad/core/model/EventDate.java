package dev.dyad.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, as precisely as the text says.
 *
 * @param date ISO date at the precision the text gives: {@code 2024}, {@code 2024-10} or {@code
 *     2024-10-18}; absent when nothing dates it
 * @param basis where it came from
 * @param historical whether the event is background from an earlier period (the Cold War, the
 *     Korean War, "after World War II"), not news of the article's time
 * @param evidence the words it was read from, empty when none
 */
public record EventDate(Optional<String> date, Basis basis, boolean historical, String evidence) {

  /** Where an event date came from. JSON names are the lower-case constants. */
  public enum Basis {
    /**
     * The sentence dates the event itself ("in October 2024", "on Monday", "during the Cold War").
     */
    TEXT,
    /** No date in the sentence: the article's publication date stands in. */
    PUBLISHED,
    /** Neither. */
    NONE
  }

  public static final EventDate NONE = new EventDate(Optional.empty(), Basis.NONE, false, "");

  public EventDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(evidence, "evidence");
    if (date.isPresent() && !date.get().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException(
          "not an ISO date at year, month or day precision: " + date.get());
    }
  }
}
