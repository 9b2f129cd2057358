package dev.dyad.report.brief;

import dev.dyad.report.analytics.ClaimDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the brief writes them: "14 March 2026". */
final class BriefDates {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

  private BriefDates() {}

  static String day(LocalDate d) {
    return DAY.format(d);
  }

  /** A claim's date: "14 March 2026", or "March 2026" when the text gives only the month. */
  static String of(ClaimDate d) {
    return d.monthPrecise() ? MONTH.format(d.date()) : day(d.date());
  }

  /** "14 March to 12 June 2026", "3 December 2025 to 12 June 2026", or one day. */
  static String range(LocalDate first, LocalDate last) {
    return span(first, last, " to ");
  }

  /** What follows "between": "14 March and 12 June 2026". */
  static String between(LocalDate first, LocalDate last) {
    return span(first, last, " and ");
  }

  private static String span(LocalDate first, LocalDate last, String joint) {
    if (first.equals(last)) {
      return day(first);
    }
    return (first.getYear() == last.getYear() ? DAY_MONTH.format(first) : day(first))
        + joint
        + day(last);
  }
}
