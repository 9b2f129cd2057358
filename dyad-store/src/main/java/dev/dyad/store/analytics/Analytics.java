package dev.dyad.store.analytics;

import dev.dyad.store.Store;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * The questions the command line and the server ask of a store's claims. Each is answered with
 * a few SQL queries over the claim tables: cost grows with what a question selects, not with the
 * corpus read back into memory.
 *
 * <p>Not thread-safe, like the {@link Store} it reads.
 */
public final class Analytics {
  private final Store store;

  private Analytics(Store store) {
    this.store = store;
  }

  /** The questions over {@code store} (open it read-only: nothing here writes). */
  public static Analytics of(Store store) {
    return new Analytics(Objects.requireNonNull(store, "store"));
  }

  /**
   * Where each claim is placed in time, by the claim-date rule: the event date of its earliest
   * dated mention when the text gave the day or the month (a month is placed on its first day and
   * flagged {@link ClaimDate.Basis#EVENT_MONTH}); else, unless the claim is historical, its first
   * reported publication date. Claims the rule cannot place (historical ones with only a year,
   * undated ones) and unknown ids are absent from the map.
   */
  public Map<String, ClaimDate> claimDates(Collection<String> claimIds) {
    return store.read("claim dates", c -> ClaimDates.of(c, claimIds));
  }
}
