package dev.dyad.app.serve;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.ClaimWeights;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.Timeline;
import dev.dyad.report.analytics.TimelinePeriod;
import dev.dyad.report.json.AnalyticsJson;
import dev.dyad.store.analytics.Analytics;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A timeline as the dashboard draws it: each period as {@code dyad timeline} writes it, plus its
 * weighted cooperation and conflict split by claim status ({@code cooperation_by_status}, {@code
 * conflict_by_status}), so the chart can stack them. Only statuses that weigh anything (confirmed,
 * reported, disputed, alleged) are split out, all from one light read of the claim table.
 */
final class TimelineView {
  private TimelineView() {}

  static Map<String, Object> of(
      Analytics analytics,
      ClaimQuery filter,
      Period by,
      Optional<LocalDate> since,
      Optional<LocalDate> until) {
    // One read of the claims: the total and each status's timeline come from it.
    Analytics.StatusTimelines all = analytics.timelinesByStatus(filter, by, since, until);
    Timeline total = all.total();
    Map<ClaimStatus, Map<String, TimelinePeriod>> split = new EnumMap<>(ClaimStatus.class);
    all.byStatus()
        .forEach(
            (s, t) -> {
              if (ClaimWeights.certainty(s) > 0) {
                Map<String, TimelinePeriod> byLabel = new HashMap<>();
                t.periods().forEach(p -> byLabel.put(p.period(), p));
                split.put(s, byLabel);
              }
            });
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", total.a());
    m.put("b", total.b());
    m.put("by", by.label());
    m.put("claims", total.claims());
    m.put(
        "periods",
        total.periods().stream()
            .map(
                p -> {
                  Map<String, Object> row = AnalyticsJson.period(p);
                  Map<String, Double> coop = new LinkedHashMap<>();
                  Map<String, Double> conflict = new LinkedHashMap<>();
                  split.forEach(
                      (s, periods) -> {
                        TimelinePeriod q = periods.get(p.period());
                        if (q != null) {
                          coop.put(s.label(), round(q.balance().cooperation()));
                          conflict.put(s.label(), round(q.balance().conflict()));
                        }
                      });
                  row.put("cooperation_by_status", coop);
                  row.put("conflict_by_status", conflict);
                  return row;
                })
            .toList());
    m.put("unplaced", total.unplaced());
    return m;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
