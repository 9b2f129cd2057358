package dev.dyad.core.dictionaries;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a TABARI/PETRARCH actor file: a primary phrase, its {@code +} synonyms and its
 * codes.
 *
 * @param phrases the phrases that name it, primary first, words separated by single spaces
 * @param codes its codes in file order: a code with no dates is the default
 * @param line the line of the primary phrase
 */
record PetrarchActor(List<String> phrases, List<DatedCode> codes, int line) {
  PetrarchActor {
    phrases = List.copyOf(phrases);
    codes = List.copyOf(codes);
  }

  /**
   * A code and the days it applies, both ends inclusive; neither end for a default code.
   *
   * @param code the actor code, upper case ({@code USAGOV}, {@code ---} for "no actor")
   * @param from first day, if bounded
   * @param to last day, if bounded
   */
  record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    DatedCode {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    boolean dated() {
      return from.isPresent() || to.isPresent();
    }
  }
}
