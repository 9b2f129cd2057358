package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.Timeline;
import dev.dyad.report.analytics.TimelinePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Puts a dyad's claims into periods and adds each period up. */
final class TimelineTally {
  private TimelineTally() {}

  static Timeline of(
      String a,
      String b,
      Period by,
      Optional<LocalDate> since,
      Optional<LocalDate> until,
      List<ClaimRow> claims,
      EventOntology ontology) {
    List<String> unplaced = new ArrayList<>();
    List<ClaimRow> placed = new ArrayList<>();
    for (ClaimRow c : claims) {
      if (c.date().isEmpty()) {
        unplaced.add(c.claimId());
      } else if (within(c.date().get().date(), since, until)) {
        placed.add(c);
      }
    }
    placed.sort(
        Comparator.comparing((ClaimRow c) -> c.date().orElseThrow().date())
            .thenComparing(ClaimRow::claimId));
    TreeMap<LocalDate, PeriodTally> periods = new TreeMap<>();
    for (ClaimRow c : placed) {
      periods
          .computeIfAbsent(by.startOf(c.date().orElseThrow().date()), s -> new PeriodTally())
          .add(c, ontology);
    }
    List<TimelinePeriod> rows = new ArrayList<>();
    if (!periods.isEmpty()) {
      for (LocalDate s = periods.firstKey(); !s.isAfter(periods.lastKey()); s = by.next(s)) {
        rows.add(periods.getOrDefault(s, new PeriodTally()).period(by, s));
      }
    }
    return new Timeline(a, b, by, rows, unplaced);
  }

  private static boolean within(
      LocalDate day, Optional<LocalDate> since, Optional<LocalDate> until) {
    return since.map(s -> !day.isBefore(s)).orElse(true)
        && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  private static final class PeriodTally {
    final Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
    final Map<ClaimStatus, Integer> byStatus = new EnumMap<>(ClaimStatus.class);
    final BalanceTally balance = new BalanceTally();
    final List<String> ids = new ArrayList<>();
    int monthPrecise;

    void add(ClaimRow c, EventOntology ontology) {
      byType.merge(c.eventType(), 1, Integer::sum);
      byStatus.merge(c.status(), 1, Integer::sum);
      balance.add(c.status(), c.independentSources(), c.intensity(ontology));
      ids.add(c.claimId());
      if (c.date().orElseThrow().monthPrecise()) {
        monthPrecise++;
      }
    }

    TimelinePeriod period(Period by, LocalDate start) {
      return new TimelinePeriod(
          by.label(start),
          start,
          by.endOf(start),
          ids.size(),
          byType,
          byStatus,
          balance.balance(),
          monthPrecise,
          ids);
    }
  }
}
