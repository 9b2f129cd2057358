package dev.dyad.core.claims;

import dev.dyad.core.coding.Event;
import dev.dyad.core.time.EventDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The days an event may have happened on: a year, a month or a day as the text dates it. Two
 * events are compatible when their periods overlap, which compares them at the coarser precision.
 * Overlap of intervals is pairwise iff their common intersection is non-empty, so a claim keeps
 * just the intersection of its mentions' periods.
 */
record ClaimPeriod(LocalDate start, LocalDate end) {

  /**
   * Half the window around a publication date that stands in for an event date: reports of one
   * event appear over days or weeks, so two reports published within a month may be one claim.
   */
  static final int REPORT_WINDOW_DAYS = 15;

  static Optional<ClaimPeriod> of(Event e) {
    return e.date().map(date -> parse(date, e.dateBasis() == EventDate.Basis.PUBLISHED));
  }

  static ClaimPeriod parse(String iso, boolean publishedStandIn) {
    if (iso.length() == 4) {
      int year = Integer.parseInt(iso);
      return new ClaimPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if (iso.length() == 7) {
      YearMonth month = YearMonth.parse(iso);
      return new ClaimPeriod(month.atDay(1), month.atEndOfMonth());
    }
    LocalDate day = LocalDate.parse(iso);
    return publishedStandIn
        ? new ClaimPeriod(day.minusDays(REPORT_WINDOW_DAYS), day.plusDays(REPORT_WINDOW_DAYS))
        : new ClaimPeriod(day, day);
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
