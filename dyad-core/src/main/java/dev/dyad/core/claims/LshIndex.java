package dev.dyad.core.claims;

import java.util.Arrays;

/**
 * LSH banding over MinHash signatures: a signature is cut into bands of {@code rows} positions and
 * each band hashed to one 64-bit key; documents that share a key in some band are candidates.
 * Buckets are chains of slot numbers threaded through one int array, so a document costs its band
 * keys in the table and one int per band, whatever the bucket sizes. Single-writer.
 */
final class LshIndex {
  private final int bands;
  private final int rows;
  private final LshTable table = new LshTable();

  /** {@code next[slot * bands + band]}: the previous slot in that bucket, or -1. */
  private int[] next = new int[1024];

  LshIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
  }

  /** The band keys of a signature; the band number is hashed in so bands never collide. */
  long[] keys(long[] signature) {
    if (signature.length < bands * rows) {
      throw new IllegalArgumentException("signature of " + signature.length + " positions");
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = MinHash.mix64(b + 1L);
      for (int r = 0; r < rows; r++) {
        h = MinHash.mix64(h ^ signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** Slots sharing at least one band key, ascending and distinct. */
  int[] candidates(long[] keys) {
    int[] out = new int[8];
    int n = 0;
    for (int b = 0; b < bands; b++) {
      for (int slot = table.get(keys[b]); slot >= 0; slot = next[slot * bands + b]) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = slot;
      }
    }
    return distinctSorted(Arrays.copyOf(out, n));
  }

  /** Adds a slot under its band keys; slots must be added as 0, 1, 2, … */
  void add(int slot, long[] keys) {
    int need = (slot + 1) * bands;
    if (need > next.length) {
      next = Arrays.copyOf(next, Math.max(need, next.length * 2));
    }
    for (int b = 0; b < bands; b++) {
      next[slot * bands + b] = table.put(keys[b], slot);
    }
  }

  private static int[] distinctSorted(int[] a) {
    if (a.length < 2) {
      return a;
    }
    Arrays.sort(a);
    int n = 1;
    for (int i = 1; i < a.length; i++) {
      if (a[i] != a[n - 1]) {
        a[n++] = a[i];
      }
    }
    return Arrays.copyOf(a, n);
  }
}
