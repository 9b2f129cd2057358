package dev.dyad.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Zipf-distributed picks: the first of n choices comes up about twice as often as the second, as a
 * few states and event types dominate real news.
 */
final class Zipf {
  private Zipf() {}

  /** The cumulative distribution over n ranks, weights 1/rank. */
  static double[] cdf(int n) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      c[i] /= sum;
    }
    return c;
  }

  /** A rank drawn from {@code cdf}. */
  static int draw(SplittableRandom r, double[] cdf) {
    int i = Arrays.binarySearch(cdf, r.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
  }
}
