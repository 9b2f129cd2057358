package dev.dyad.report.analytics;

import dev.dyad.core.claims.ClaimStatus;

/**
 * What one claim weighs in a cooperation–conflict balance and a mean intensity: {@code
 * certainty(status) × sourceWeight(independent sources)}.
 *
 * <p><b>Certainty</b> says how far the claim is a fact: confirmed 1 (stated as fact by two or more
 * independent source families), reported 0.75 (by one), disputed 0.5 (stated somewhere, denied
 * somewhere), alleged 0.25, and planned, speculative and denied 0. A claim of weight 0 is still
 * counted among a period's or a dyad's claims, but never in the balance or the mean intensity:
 * speculation and plans are not counted as what happened.
 *
 * <p><b>Source weight</b> is {@code 1 + log2(independent sources)}: 1 for one source, 2 for two, 3
 * for four. It grows with independent confirmation but with diminishing returns, so one event that
 * every outlet covered does not outweigh several independently reported ones (ten sources weigh
 * 4.3, not 10). Syndicated copies are one source already (source families).
 */
public final class ClaimWeights {
  private ClaimWeights() {}

  /** How far a claim of this status is a fact, from 0 to 1. */
  public static double certainty(ClaimStatus status) {
    return switch (status) {
      case CONFIRMED -> 1.0;
      case REPORTED -> 0.75;
      case DISPUTED -> 0.5;
      case ALLEGED -> 0.25;
      case PLANNED, SPECULATIVE, DENIED -> 0.0;
    };
  }

  /** {@code 1 + log2(n)}; a claim has at least one source, so fewer count as one. */
  public static double sourceWeight(int independentSources) {
    return 1 + Math.log(Math.max(1, independentSources)) / Math.log(2);
  }

  /** The weight of a claim: certainty × source weight. */
  public static double weight(ClaimStatus status, int independentSources) {
    return certainty(status) * sourceWeight(independentSources);
  }
}
