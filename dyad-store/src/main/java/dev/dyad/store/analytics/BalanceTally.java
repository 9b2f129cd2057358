package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.report.analytics.Balance;
import dev.dyad.report.analytics.ClaimWeights;
import java.util.OptionalDouble;

/** Adds claims up into a {@link Balance}. */
final class BalanceTally {
  private double cooperation;
  private double conflict;
  private double weight;
  private double weightedIntensity;

  /** Adds one claim with its status, independent sources and Goldstein intensity. */
  void add(ClaimStatus status, int independentSources, double intensity) {
    double w = ClaimWeights.weight(status, independentSources);
    if (w == 0) {
      return;
    }
    weight += w;
    weightedIntensity += w * intensity;
    if (intensity > 0) {
      cooperation += w;
    } else if (intensity < 0) {
      conflict += w;
    }
  }

  Balance balance() {
    return new Balance(
        cooperation,
        conflict,
        weight > 0 ? OptionalDouble.of(weightedIntensity / weight) : OptionalDouble.empty());
  }
}
