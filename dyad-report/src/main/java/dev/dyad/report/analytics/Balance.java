package dev.dyad.report.analytics;

import java.util.OptionalDouble;

/**
 * The cooperation–conflict balance of a set of claims, each weighed by {@link ClaimWeights}.
 *
 * @param cooperation the summed weights of the claims with a positive Goldstein intensity
 * @param conflict the summed weights of the claims with a negative one
 * @param meanIntensity the weighted mean Goldstein intensity (−10 to +10) of the claims of weight
 *     above 0; empty when there are none
 */
public record Balance(double cooperation, double conflict, OptionalDouble meanIntensity) {

  public Balance {
    if (cooperation < 0 || conflict < 0) {
      throw new IllegalArgumentException("negative weights: " + cooperation + ", " + conflict);
    }
  }

  /**
   * {@code (cooperation − conflict) / (cooperation + conflict)}, from −1 (only conflict) to +1
   * (only cooperation); empty when both are 0 (nothing factual, or only neutral claims).
   */
  public OptionalDouble value() {
    double total = cooperation + conflict;
    return total > 0 ? OptionalDouble.of((cooperation - conflict) / total) : OptionalDouble.empty();
  }
}
