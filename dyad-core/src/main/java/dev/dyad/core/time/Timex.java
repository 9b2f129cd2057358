package dev.dyad.core.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A temporal expression found in a sentence, not yet anchored.
 *
 * @param first index of its first token
 * @param last index of its last token (inclusive)
 * @param kind what sort of expression it is
 * @param evidence the words as written
 * @param resolver turns it into a {@link When} given the publication date
 */
record Timex(int first, int last, Kind kind, String evidence, Resolver resolver) {

  enum Kind {
    /** A calendar or relative date: "in June 1950", "on Monday", "last month", "the 1960s". */
    DATE,
    /** A named period from {@code periods.txt}: "during the Cold War". */
    PERIOD,
    /** An era word that makes an event background without dating it: "Soviet pilots". */
    CUE
  }

  /** Anchors an expression. */
  @FunctionalInterface
  interface Resolver {
    /**
     * @param anchor the publication date, when known
     * @param future whether the clause speaks of a coming event ("will visit on Friday")
     */
    Optional<When> at(Optional<LocalDate> anchor, boolean future);
  }

  /** Tokens between this expression and token {@code index}; 0 when it covers it. */
  int distance(int index) {
    return index < first ? first - index : index > last ? index - last : 0;
  }
}
