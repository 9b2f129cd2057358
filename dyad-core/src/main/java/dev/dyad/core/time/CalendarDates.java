package dev.dyad.core.time;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/** Builds dates from written numbers, accepting only real, plausible calendar dates. */
final class CalendarDates {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  private CalendarDates() {}

  /** The date, if year is in 1900..2100 and the day exists in that month (no 30 February). */
  static Optional<LocalDate> of(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
      return Optional.empty();
    }
    // Checked by hand rather than by catching DateTimeException: this runs on every document.
    if (day > java.time.Month.of(month).length(Year.isLeap(year))) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /** Parses a run of 1..4 ASCII digits; -1 for anything else. */
  static int number(CharSequence digits) {
    if (digits == null || digits.length() == 0 || digits.length() > 4) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** 1..12 for an English month name or abbreviation ("Sept", "Nov."), else -1. */
  static int month(String name) {
    String m = name.toLowerCase(java.util.Locale.ROOT);
    if (m.length() < 3) {
      return -1;
    }
    switch (m.substring(0, 3)) {
      case "jan":
        return 1;
      case "feb":
        return 2;
      case "mar":
        return 3;
      case "apr":
        return 4;
      case "may":
        return 5;
      case "jun":
        return 6;
      case "jul":
        return 7;
      case "aug":
        return 8;
      case "sep":
        return 9;
      case "oct":
        return 10;
      case "nov":
        return 11;
      case "dec":
        return 12;
      default:
        return -1;
    }
  }
}
