package dev.dyad.core.dictionaries;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The dates of TABARI and PETRARCH dictionaries: {@code YYMMDD} or {@code YYYYMMDD}. */
final class TabariDates {
  private TabariDates() {}

  /**
   * The day {@code text} names, or empty when it is not a date. As in KEDS and TABARI, a two-digit
   * year 00-30 is 20YY and any other 19YY. Seven or ten digits are not a date (a digit missing or
   * doubled), whatever PETRARCH made of them.
   */
  static Optional<LocalDate> parse(String text) {
    if (!text.matches("\\d{6}|\\d{8}")) {
      return Optional.empty();
    }
    int year;
    int at;
    if (text.length() == 6) {
      int yy = Integer.parseInt(text.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      at = 2;
    } else {
      year = Integer.parseInt(text.substring(0, 4));
      at = 4;
    }
    try {
      return Optional.of(
          LocalDate.of(
              year,
              Integer.parseInt(text.substring(at, at + 2)),
              Integer.parseInt(text.substring(at + 2, at + 4))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
