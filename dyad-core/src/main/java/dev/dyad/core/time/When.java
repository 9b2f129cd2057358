package dev.dyad.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a temporal expression says once anchored.
 *
 * @param date ISO label at year, month or day precision; empty when the expression places the event
 *     in time without naming a date (the adjective "Soviet", "before the Korean War")
 * @param lastYear the last year the expression covers, which decides {@code historical}
 * @param ongoing whether the event runs on to the time of writing ("since March"), which is never
 *     historical however early it began
 */
record When(Optional<String> date, OptionalInt lastYear, boolean ongoing) {
  /** Earliest year any label may carry: named periods (World War II) may start before 1900. */
  static final int MIN_YEAR = 1800;

  static final int MAX_YEAR = CalendarDates.MAX_YEAR;

  enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  static Optional<When> day(LocalDate d) {
    return span(d, d, Precision.DAY);
  }

  static Optional<When> month(YearMonth m) {
    return span(m.atDay(1), m.atEndOfMonth(), Precision.MONTH);
  }

  static Optional<When> year(int y) {
    return plausible(y)
        ? Optional.of(new When(Optional.of(label(y)), OptionalInt.of(y), false))
        : Optional.empty();
  }

  /** A year label that covers more than the year (a decade, a period): the label is its start. */
  static Optional<When> startingIn(int start, int last) {
    return plausible(start) && plausible(last)
        ? Optional.of(new When(Optional.of(label(start)), OptionalInt.of(last), false))
        : Optional.empty();
  }

  /** No date, only the last year covered (an era cue). */
  static Optional<When> undated(int last) {
    return plausible(last)
        ? Optional.of(new When(Optional.empty(), OptionalInt.of(last), false))
        : Optional.empty();
  }

  /**
   * The days {@code from..to} written at the finest precision on which both ends agree, never finer
   * than {@code finest}: a week inside October is "2024-10", one across a month end "2024", one
   * across a year end has no label. A label that claims more precision than the text has would put
   * the event on a day the sentence never named.
   */
  static Optional<When> span(LocalDate from, LocalDate to, Precision finest) {
    if (!plausible(from.getYear()) || !plausible(to.getYear())) {
      return Optional.empty();
    }
    Optional<String> label;
    if (finest == Precision.DAY && from.equals(to)) {
      label = Optional.of(from.toString());
    } else if (finest != Precision.YEAR && YearMonth.from(from).equals(YearMonth.from(to))) {
      label = Optional.of(YearMonth.from(from).toString());
    } else if (from.getYear() == to.getYear()) {
      label = Optional.of(label(from.getYear()));
    } else {
      label = Optional.empty();
    }
    return Optional.of(new When(label, OptionalInt.of(to.getYear()), false));
  }

  When asOngoing() {
    return new When(date, lastYear, true);
  }

  /**
   * What two readings of the same expression agree on (the two readings of an ambiguous publication
   * date): the longest common ISO prefix that ends on a field boundary.
   */
  When agree(When other) {
    Optional<String> common = Optional.empty();
    if (date.isPresent() && other.date.isPresent()) {
      String a = date.get();
      String b = other.date.get();
      for (int len : new int[] {10, 7, 4}) {
        if (a.length() >= len && b.length() >= len && a.regionMatches(0, b, 0, len)) {
          common = Optional.of(a.substring(0, len));
          break;
        }
      }
    }
    OptionalInt last =
        lastYear.isPresent() && other.lastYear.isPresent()
            ? OptionalInt.of(Math.max(lastYear.getAsInt(), other.lastYear.getAsInt()))
            : OptionalInt.empty();
    return new When(common, last, ongoing || other.ongoing);
  }

  /**
   * Background from an earlier period: the expression ends 5 or more calendar years before the
   * publication year (year arithmetic, so a 2019 event is historical in any 2024 article).
   */
  boolean endsLongBefore(int publicationYear) {
    return !ongoing && lastYear.isPresent() && publicationYear - lastYear.getAsInt() >= 5;
  }

  private static boolean plausible(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  private static String label(int year) {
    return String.format("%04d", year);
  }
}
