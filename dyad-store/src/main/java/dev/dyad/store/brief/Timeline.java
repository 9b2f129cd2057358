package dev.dyad.store.brief;

import java.util.List;
import java.util.Objects;

/**
 * Claims over time: one row per month (per year over long spans), oldest first, then a row for
 * undated claims when there are any.
 *
 * @param unit "month" or "year"
 * @param rows the periods
 */
public record Timeline(String unit, List<Row> rows) {
  public Timeline {
    Objects.requireNonNull(unit, "unit");
    rows = List.copyOf(rows);
  }

  /**
   * One period.
   *
   * @param label "Mar 2026", "2026" or "undated"
   * @param cooperation confirmed or reported claims of a cooperative kind (quad classes 1–2)
   * @param conflict confirmed or reported claims of a conflictual kind (quad classes 3–4)
   * @param unconfirmed alleged or disputed claims
   * @param assessments sentences voicing an assessment in articles of the period
   */
  public record Row(String label, int cooperation, int conflict, int unconfirmed, int assessments) {
    public Row {
      Objects.requireNonNull(label, "label");
    }

    /** Cooperation minus conflict among the facts. */
    public int balance() {
      return cooperation - conflict;
    }

    boolean isEmpty() {
      return cooperation + conflict + unconfirmed + assessments == 0;
    }
  }
}
