package dev.dyad.report.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of a timeline's periods. */
public enum Period {
  /** An ISO week, Monday to Sunday, labelled {@code 2024-W41} (the ISO week-based year). */
  WEEK,
  /** A calendar month, labelled {@code 2024-10}. */
  MONTH;

  /** The lower-case name, as the command line takes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The first day of the period holding {@code day}. */
  public LocalDate startOf(LocalDate day) {
    return this == WEEK
        ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        : day.withDayOfMonth(1);
  }

  /** The last day of the period starting on {@code start}. */
  public LocalDate endOf(LocalDate start) {
    return next(start).minusDays(1);
  }

  /** The start of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
  }

  /** The label of the period starting on {@code start}: {@code 2024-W41} or {@code 2024-10}. */
  public String label(LocalDate start) {
    if (this == MONTH) {
      return YearMonth.from(start).toString();
    }
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        start.get(IsoFields.WEEK_BASED_YEAR),
        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The start of the period a label names; throws {@link java.time.DateTimeException} on a bad one.
   */
  public LocalDate parse(String label) {
    return this == MONTH
        ? YearMonth.parse(label).atDay(1)
        : LocalDate.parse(label + "-1", DateTimeFormatter.ISO_WEEK_DATE);
  }
}
