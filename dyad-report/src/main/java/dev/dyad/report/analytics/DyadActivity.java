package dev.dyad.report.analytics;

import dev.dyad.core.claims.ClaimStatus;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims between two actors, either direction, as the store's {@code Analytics.dyads} ranks
 * them.
 *
 * @param a the alphabetically first actor code
 * @param aName its name
 * @param b the other code
 * @param bName its name
 * @param claims the claims between them
 * @param byStatus claims per status (statuses with none left out)
 * @param balance cooperation, conflict and mean intensity, weighed by {@link ClaimWeights}
 * @param first the earliest claim date (the store's claim date), when any is placed
 * @param last the latest
 */
public record DyadActivity(
    String a,
    String aName,
    String b,
    String bName,
    int claims,
    Map<ClaimStatus, Integer> byStatus,
    Balance balance,
    Optional<LocalDate> first,
    Optional<LocalDate> last) {

  public DyadActivity {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(aName, "aName");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(bName, "bName");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    byStatus = byStatus.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byStatus));
  }
}
