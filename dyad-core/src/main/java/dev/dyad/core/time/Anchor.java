package dev.dyad.core.time;

import dev.dyad.core.model.PublicationDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The publication date as an anchor for relative expressions: one reading, the two readings of an
 * ambiguous numeric date, or none.
 */
record Anchor(List<LocalDate> readings) {

  Anchor {
    readings = List.copyOf(readings);
  }

  static Anchor of(PublicationDate published) {
    if (published == null) {
      return new Anchor(List.of());
    }
    return published
        .date()
        .map(d -> new Anchor(List.of(d)))
        .orElseGet(() -> new Anchor(published.alternatives()));
  }

  /**
   * The expression anchored on every reading, reduced to what the readings agree on: "last year"
   * against 2024-07-11 or 2024-11-07 is 2024 either way; "yesterday" is dropped to the common
   * month, or to the year.
   */
  Optional<When> resolve(Timex timex, boolean future) {
    if (readings.isEmpty()) {
      return timex.resolver().at(Optional.empty(), future);
    }
    When agreed = null;
    for (LocalDate reading : readings) {
      Optional<When> w = timex.resolver().at(Optional.of(reading), future);
      if (w.isEmpty()) {
        return Optional.empty();
      }
      agreed = agreed == null ? w.get() : agreed.agree(w.get());
    }
    return Optional.of(agreed);
  }

  /** The year that decides {@code historical}; the readings of a day/month swap share it. */
  OptionalInt year() {
    return readings.stream().mapToInt(LocalDate::getYear).min();
  }

  /**
   * The publication date as an event date: the day when certain; the month when both readings of an
   * ambiguous date fall in it (07-08-2024 is never that, but a reading pair the caller built might
   * be); otherwise nothing, because a wrong month is worse than none.
   */
  Optional<String> label() {
    if (readings.size() == 1) {
      return Optional.of(readings.get(0).toString());
    }
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    YearMonth month = YearMonth.from(readings.get(0));
    return readings.stream().allMatch(r -> YearMonth.from(r).equals(month))
        ? Optional.of(month.toString())
        : Optional.empty();
  }
}
