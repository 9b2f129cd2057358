package dev.dyad.report.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a claim is placed in time; see the store's {@code Analytics.claimDates} for the rule.
 *
 * @param claimId the claim
 * @param date the day it is placed at (the first of the month when only the month is known)
 * @param basis what the day comes from
 */
public record ClaimDate(String claimId, LocalDate date, Basis basis) {

  /** What a claim's date comes from. */
  public enum Basis {
    /** A day-precise event date in the text of its earliest dated mention. */
    EVENT_DAY,
    /** A month-precise event date ("in October 2024"): the date is the first of that month. */
    EVENT_MONTH,
    /** No day- or month-precise event date: the earliest publication date of its reports. */
    PUBLISHED;

    /** The label in output: {@code event_day}, {@code event_month}, {@code published}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ClaimDate {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
  }

  /** Whether only the month is known, so the day is the first of it. */
  public boolean monthPrecise() {
    return basis == Basis.EVENT_MONTH;
  }
}
