package dev.dyad.report.analytics;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One period of a dyad's timeline.
 *
 * @param period its label ({@code 2024-W41}, {@code 2024-10})
 * @param start its first day
 * @param end its last day
 * @param claims the claims placed in it (0 for a quiet period between busy ones)
 * @param byType claims per PLOVER type (types with none left out)
 * @param byStatus claims per status (statuses with none left out)
 * @param balance cooperation, conflict and mean intensity of its claims, weighed by {@link
 *     ClaimWeights}
 * @param monthPrecise how many of its claims are known only to the month (placed on the first); in
 *     a weekly timeline they sit in the week of the 1st
 * @param claimIds its claims, by date, then id: every number above comes from these
 */
public record TimelinePeriod(
    String period,
    LocalDate start,
    LocalDate end,
    int claims,
    Map<EventType, Integer> byType,
    Map<ClaimStatus, Integer> byStatus,
    Balance balance,
    int monthPrecise,
    List<String> claimIds) {

  public TimelinePeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(balance, "balance");
    byType = byType.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byType));
    byStatus = byStatus.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byStatus));
    claimIds = List.copyOf(claimIds);
  }
}
