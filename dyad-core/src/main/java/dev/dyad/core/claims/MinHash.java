package dev.dyad.core.claims;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets: for each of {@code hashes} seeded hash functions, the least
 * hash over the set. The share of equal positions in two signatures estimates the Jaccard
 * similarity of the two sets. Immutable and thread-safe.
 */
final class MinHash {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final long[] seeds;

  /** {@code hashes} functions derived from {@code seed}; the same seed gives the same functions. */
  MinHash(int hashes, long seed) {
    seeds = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      seeds[i] = mix64(seed + (i + 1) * GOLDEN);
    }
  }

  int hashes() {
    return seeds.length;
  }

  /** The signature of a set of 64-bit shingle hashes; all {@code Long.MAX_VALUE} if it is empty. */
  long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        // Re-mixing the shingle hash with a per-function seed is a fresh hash function per slot.
        long h = mix64(x ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /**
   * The high 32 bits of each position, which is what a family index keeps: it halves memory, and
   * two different minima agree on 32 bits with probability 2^-32, which cannot move an estimate.
   */
  static int[] compact(long[] signature) {
    int[] out = new int[signature.length];
    for (int i = 0; i < signature.length; i++) {
      out[i] = (int) (signature[i] >>> 32);
    }
    return out;
  }

  /** Estimated Jaccard similarity: the share of equal positions. */
  static double similarity(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths");
    }
    return similarity(a, 0, b, 0, a.length);
  }

  static double similarity(int[] a, int offsetA, int[] b, int offsetB, int length) {
    int equal = 0;
    for (int i = 0; i < length; i++) {
      if (a[offsetA + i] == b[offsetB + i]) {
        equal++;
      }
    }
    return (double) equal / length;
  }

  /** SplitMix64's finaliser: every input bit changes about half the output bits. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
