package dev.dyad.report.analytics;

import java.util.List;
import java.util.Objects;

/**
 * How the claims between two actors spread over time, as the store's {@code Analytics.timeline}
 * counts them.
 *
 * @param a the first actor code asked for
 * @param b the second
 * @param by the length of the periods
 * @param periods every period from the first with a claim to the last, quiet ones included (with 0
 *     claims), so a chart's axis is continuous
 * @param unplaced the dyad's claims the claim-date rule cannot place (historical ones known only to
 *     the year, undated ones): in no period, listed so that nothing is silently dropped
 */
public record Timeline(
    String a, String b, Period by, List<TimelinePeriod> periods, List<String> unplaced) {

  public Timeline {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(by, "by");
    periods = List.copyOf(periods);
    unplaced = List.copyOf(unplaced);
  }

  /** The claims placed in the periods. */
  public int claims() {
    return periods.stream().mapToInt(TimelinePeriod::claims).sum();
  }
}
