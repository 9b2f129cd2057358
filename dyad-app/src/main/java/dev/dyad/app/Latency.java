package dev.dyad.app;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies of repeated runs of one query.
 *
 * @param nanos each timed run, sorted
 */
record Latency(long[] nanos) {
  Latency {
    nanos = nanos.clone();
    Arrays.sort(nanos);
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no runs");
    }
  }

  /** Times {@code query} {@code runs} times after {@code warmup} untimed runs. */
  static Latency of(int warmup, int runs, Runnable query) {
    for (int i = 0; i < warmup; i++) {
      query.run();
    }
    long[] out = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      query.run();
      out[i] = System.nanoTime() - start;
    }
    return new Latency(out);
  }

  double medianMillis() {
    return quantile(0.5);
  }

  double p95Millis() {
    return quantile(0.95);
  }

  /** Nearest-rank quantile, in milliseconds. */
  private double quantile(double q) {
    int rank = (int) Math.ceil(q * nanos.length);
    return nanos[Math.max(0, rank - 1)] / 1e6;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "median %8.2f ms  p95 %8.2f ms  (%d runs)",
        medianMillis(),
        p95Millis(),
        nanos.length);
  }
}
