package dev.dyad.core.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Where a claim is placed in time, the one definition every writer of the claim tables (the store's
 * claim update and rebuild, the Spark job) uses, so that readers take the day as stored. The rule,
 * in order:
 *
 * <ol>
 *   <li>the event date of the claim's earliest dated mention (mentions in the claim's order,
 *       earliest report first), when the text gave it to the day ({@code 2024-10-03}) or to the
 *       month ({@code 2024-10}, placed on the first of the month and flagged month-precise);
 *   <li>else, when the claim is historical (the coder put one of its events in the past, "in
 *       1961"), nowhere: its publication date would put a 1961 treaty in 2026;
 *   <li>else its first reported publication date;
 *   <li>else nowhere (an undated claim from undated documents).
 * </ol>
 *
 * <p>The earliest report wins over later ones because it is the closest to the event; a
 * year-precise date ({@code 2024}) is too coarse for a weekly or monthly timeline, so the
 * publication date stands in for it. A malformed date ({@code 2024-13}) places nothing: when it is
 * the earliest dated mention's, the later mentions' dates are not tried, and the claim falls to the
 * publication date (as the rule has always been read from the store).
 *
 * @param on the day the claim is placed at (the first of the month when only the month is known)
 * @param basis what the day comes from
 */
public record ClaimPlacement(LocalDate on, Basis basis) {

  /** What a claim's day comes from. */
  public enum Basis {
    /** A day-precise event date in the text of its earliest dated mention. */
    EVENT_DAY,
    /** A month-precise event date ("in October 2024"): the day is the first of that month. */
    EVENT_MONTH,
    /** No day- or month-precise event date: the earliest publication date of its reports. */
    PUBLISHED;

    /** The label stored and output: {@code event_day}, {@code event_month}, {@code published}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The basis with this {@link #label()}.
     *
     * @throws IllegalArgumentException if it is no basis's label
     */
    public static Basis ofLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  /** Day or month precision: the dates the rule uses ("2024" and absent dates are passed over). */
  private static final Pattern DATED = Pattern.compile("[0-9]{4}-[0-9]{2}(-[0-9]{2})?");

  public ClaimPlacement {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * The placement of a claim with these mentions, in the claim's order, and this first report;
   * empty: unplaced.
   */
  public static Optional<ClaimPlacement> of(
      List<ClaimMention> mentions, Optional<String> firstReported) {
    Optional<String> earliestDated = Optional.empty();
    boolean historical = false;
    for (ClaimMention m : mentions) {
      if (earliestDated.isEmpty() && m.eventDate().filter(ClaimPlacement::dated).isPresent()) {
        earliestDated = m.eventDate();
      }
      historical |= m.historical();
    }
    return of(earliestDated, historical, firstReported);
  }

  /**
   * The rule on what it reads of a claim: the event date of its earliest day- or month-precise
   * mention ({@link #dated}), whether any mention is historical, and its first report.
   */
  public static Optional<ClaimPlacement> of(
      Optional<String> earliestDated, boolean historical, Optional<String> firstReported) {
    Optional<ClaimPlacement> fromText = earliestDated.flatMap(ClaimPlacement::fromEventDate);
    if (fromText.isPresent() || historical) {
      return fromText;
    }
    return firstReported.flatMap(
        d -> parse(() -> new ClaimPlacement(LocalDate.parse(d), Basis.PUBLISHED)));
  }

  /** Whether an event date is given to the day or the month, the precisions the rule uses. */
  public static boolean dated(String eventDate) {
    return DATED.matcher(eventDate).matches();
  }

  private static Optional<ClaimPlacement> fromEventDate(String date) {
    return switch (date.length()) {
      case 10 -> parse(() -> new ClaimPlacement(LocalDate.parse(date), Basis.EVENT_DAY));
      case 7 -> parse(() -> new ClaimPlacement(YearMonth.parse(date).atDay(1), Basis.EVENT_MONTH));
      default -> Optional.empty();
    };
  }

  private static Optional<ClaimPlacement> parse(Supplier<ClaimPlacement> placement) {
    try {
      return Optional.of(placement.get());
    } catch (DateTimeException e) {
      // A malformed stored date ("2024-13") places nothing rather than failing the claim.
      return Optional.empty();
    }
  }
}
