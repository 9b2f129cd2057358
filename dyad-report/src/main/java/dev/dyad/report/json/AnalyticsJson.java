package dev.dyad.report.json;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.report.analytics.ActorActivity;
import dev.dyad.report.analytics.Balance;
import dev.dyad.report.analytics.DyadActivity;
import dev.dyad.report.analytics.TimelinePeriod;
import dev.dyad.report.export.NetworkGraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The JSON Lines contracts of {@code dyad actors}, {@code dyad dyads}, {@code dyad timeline} and
 * {@code dyad network}: snake_case fields, added to but never renamed. Decimals are rounded to
 * three places; an absent balance or mean intensity is null.
 */
public final class AnalyticsJson {
  private AnalyticsJson() {}

  public static Map<String, Object> actor(ActorActivity a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("name", a.name());
    m.put("claims", a.claims());
    m.put("as_source", a.asSource());
    m.put("as_target", a.asTarget());
    m.put("confirmed", a.confirmed());
    m.put("independent_sources", a.independentSources());
    m.put("mentions", a.mentions());
    return m;
  }

  public static Map<String, Object> dyad(DyadActivity d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", d.a());
    m.put("a_name", d.aName());
    m.put("b", d.b());
    m.put("b_name", d.bName());
    m.put("claims", d.claims());
    m.put("by_status", byStatus(d.byStatus()));
    balance(m, d.balance());
    m.put("first", d.first().map(Object::toString).orElse(null));
    m.put("last", d.last().map(Object::toString).orElse(null));
    return m;
  }

  public static Map<String, Object> period(TimelinePeriod p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", p.period());
    m.put("start", p.start().toString());
    m.put("end", p.end().toString());
    m.put("claims", p.claims());
    Map<String, Integer> byType = new LinkedHashMap<>();
    p.byType().forEach((t, n) -> byType.put(t.name(), n));
    m.put("by_type", byType);
    m.put("by_status", byStatus(p.byStatus()));
    balance(m, p.balance());
    m.put("month_precise", p.monthPrecise());
    m.put("claim_ids", p.claimIds());
    return m;
  }

  public static Map<String, Object> node(NetworkGraph.Node n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "node");
    m.put("code", n.id());
    m.put("name", n.label());
    m.put("claims", n.claims());
    m.put("as_source", n.asSource());
    m.put("as_target", n.asTarget());
    return m;
  }

  public static Map<String, Object> edge(NetworkGraph.Edge e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "edge");
    m.put("source", e.source());
    m.put("target", e.target());
    m.put("weight", e.claims());
    m.put("sign", e.sign());
    m.put("mean_intensity", round(e.meanIntensity()));
    m.put("independent_sources", e.independentSources());
    m.put("quad_classes", e.quadClasses());
    m.put("claim_ids", e.claimIds());
    return m;
  }

  /** Only statuses with claims, in the order of {@link ClaimStatus}. */
  private static Map<String, Integer> byStatus(Map<ClaimStatus, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.forEach((s, n) -> out.put(s.label(), n));
    return out;
  }

  private static void balance(Map<String, Object> m, Balance b) {
    m.put("mean_intensity", round(b.meanIntensity()));
    m.put("cooperation", round(b.cooperation()));
    m.put("conflict", round(b.conflict()));
    m.put("balance", round(b.value()));
  }

  static Double round(OptionalDouble value) {
    return value.isPresent() ? round(value.getAsDouble()) : null;
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
