package dev.dyad.report.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Claims over time, by the store's claim-date rule: one row per month (per year over long spans),
 * oldest first, quiet periods kept so the axis is continuous.
 *
 * @param unit "month" or "year"
 * @param rows the periods
 * @param unplaced claims of the brief the claim-date rule cannot place (undated), in no row
 */
public record Timeline(String unit, List<Row> rows, int unplaced) {
  public Timeline {
    Objects.requireNonNull(unit, "unit");
    rows = List.copyOf(rows);
  }

  /**
   * One period.
   *
   * @param label "Mar 2026" or "2026"
   * @param start its first day
   * @param claims every claim placed in it
   * @param facts confirmed or reported ones
   * @param unconfirmed alleged or disputed ones
   * @param cooperation the summed weights of its claims of positive Goldstein intensity (see {@link
   *     dev.dyad.report.analytics.ClaimWeights}: plans and speculation weigh nothing)
   * @param conflict the summed weights of those of negative intensity
   */
  public record Row(
      String label,
      LocalDate start,
      int claims,
      int facts,
      int unconfirmed,
      double cooperation,
      double conflict) {
    public Row {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(start, "start");
    }

    /** Planned, speculative or denied claims: counted, never weighed. */
    public int notFacts() {
      return claims - facts - unconfirmed;
    }

    /**
     * (cooperation − conflict) / (cooperation + conflict), −1 to +1; empty when nothing is weighed.
     */
    public OptionalDouble balance() {
      double total = cooperation + conflict;
      return total > 0
          ? OptionalDouble.of((cooperation - conflict) / total)
          : OptionalDouble.empty();
    }
  }
}
