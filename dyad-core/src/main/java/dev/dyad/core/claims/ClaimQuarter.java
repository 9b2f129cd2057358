package dev.dyad.core.claims;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calendar quarter an event is placed in for merging: claims never span two quarters.
 *
 * <p>Why: within a key, a report joins the compatible claim with the most documents, and the
 * periods of a busy key chain from its first report to its last, so every report can reach every
 * other ({@link ClaimGrouping}). A store that keeps claims in step batch by batch then merges a
 * key's whole history again whenever it gains a report, and the time per document grows with the
 * store. Keeping a key's claims within a quarter bounds that by one quarter's news. The cost is a
 * split where one event's reports straddle the turn of a quarter (a day-dated act on 30 March and
 * an undated report of it on 2 April): two claims of one act, each with its own documents.
 *
 * <p>An event's place: the middle of its period when the text dates it to a day or a month (a day
 * the text gives, or the publication date standing in, with its window); for a longer period (a
 * year) the publication date when it falls inside it, else the end of the period nearest to it, so
 * that "in 2023" in a 2025 article sits in the last quarter of 2023; with no period, the
 * publication date; with neither, no quarter.
 */
final class ClaimQuarter {
  private ClaimQuarter() {}

  /** A period longer than this many days is placed by the publication date, not its middle. */
  static final int PRECISE_DAYS = 62;

  private static final Pattern TEXT = Pattern.compile("[0-9]{4}Q[1-4]");

  /** The quarter as {@code 2024Q3}, or the empty string when there is nothing to place it by. */
  static String of(Optional<ClaimPeriod> period, Optional<LocalDate> published) {
    return place(period, published).map(ClaimQuarter::label).orElse("");
  }

  static Optional<LocalDate> place(Optional<ClaimPeriod> period, Optional<LocalDate> published) {
    if (period.isEmpty()) {
      return published;
    }
    ClaimPeriod p = period.get();
    if (p.days() <= PRECISE_DAYS || published.isEmpty()) {
      return Optional.of(p.start().plusDays((p.days() - 1) / 2));
    }
    LocalDate day = published.get();
    return Optional.of(day.isBefore(p.start()) ? p.start() : day.isAfter(p.end()) ? p.end() : day);
  }

  static String label(LocalDate day) {
    return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /** Whether {@code text} is a quarter as {@link #label} writes it. */
  static boolean isQuarter(String text) {
    return TEXT.matcher(text).matches();
  }
}
