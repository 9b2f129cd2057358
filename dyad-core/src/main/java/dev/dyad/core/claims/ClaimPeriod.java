package dev.dyad.core.claims;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.EventDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The days an event may have happened on: a year, a month or a day as the text dates it. Two events
 * are compatible when their periods overlap, which compares them at the coarser precision. Overlap
 * of intervals is pairwise iff their common intersection is non-empty, so a claim keeps just the
 * intersection of its mentions' periods.
 *
 * @param start the first day it may have happened on
 * @param end the last day, never before {@code start}
 */
public record ClaimPeriod(LocalDate start, LocalDate end) {

  public ClaimPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends " + end + " before it starts " + start);
    }
  }

  /**
   * Half the window around a publication date that stands in for an event date: reports of one
   * event appear over days or weeks, so two reports published within a month may be one claim.
   */
  static final int REPORT_WINDOW_DAYS = 15;

  /**
   * Half the window around a day the text gives. Such a day is often the day of the report, the
   * announcement or the denial ("said on Wednesday"), not of the act, so reports of one deployment
   * or transfer carry different days. Strikes, protests, coercion and threats are discrete and
   * often daily: there the day must match within one day.
   */
  static final int TEXT_DAY_WINDOW_DAYS = REPORT_WINDOW_DAYS;

  static final int DISCRETE_EVENT_WINDOW_DAYS = 1;
  private static final java.util.Set<EventType> DISCRETE =
      java.util.EnumSet.of(
          EventType.ASSAULT, EventType.COERCE, EventType.PROTEST, EventType.THREATEN);

  static Optional<ClaimPeriod> of(Event e) {
    int window =
        e.dateBasis() == EventDate.Basis.PUBLISHED
            ? REPORT_WINDOW_DAYS
            : DISCRETE.contains(e.eventType()) ? DISCRETE_EVENT_WINDOW_DAYS : TEXT_DAY_WINDOW_DAYS;
    return e.date().map(date -> parse(date, window));
  }

  static ClaimPeriod parse(String iso, boolean publishedStandIn) {
    return parse(iso, publishedStandIn ? REPORT_WINDOW_DAYS : 0);
  }

  static ClaimPeriod parse(String iso, int windowDays) {
    if (iso.length() == 4) {
      int year = Integer.parseInt(iso);
      return new ClaimPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if (iso.length() == 7) {
      YearMonth month = YearMonth.parse(iso);
      return new ClaimPeriod(month.atDay(1), month.atEndOfMonth());
    }
    LocalDate day = LocalDate.parse(iso);
    return new ClaimPeriod(day.minusDays(windowDays), day.plusDays(windowDays));
  }

  /** The common days, or empty when the periods do not overlap. */
  Optional<ClaimPeriod> intersect(ClaimPeriod other) {
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return s.isAfter(e) ? Optional.empty() : Optional.of(new ClaimPeriod(s, e));
  }

  long days() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }
}
