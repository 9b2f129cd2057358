package dev.dyad.core.claims;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Word shingles of a text as distinct 64-bit hashes. Words are runs of letters and digits after
 * NFKC normalisation, lower-cased; periods and apostrophes inside a word are dropped ("U.S." is
 * "us", "Moscow's" is "moscows") and every other character separates words, so that quotes, dashes
 * and spacing, which copies of one article change freely, do not change the shingles.
 */
final class Shingles {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long COMBINE = 0x9E3779B97F4A7C15L;

  private Shingles() {}

  /** The sorted, distinct hashes of every run of {@code words} consecutive words. */
  static long[] of(String text, int words) {
    long[] wordHashes = wordHashes(text);
    int count = wordHashes.length - words + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int j = 0; j < words; j++) {
        h = (h + wordHashes[i + j]) * COMBINE;
      }
      out[i] = MinHash.mix64(h);
    }
    Arrays.sort(out);
    return distinct(out);
  }

  static long[] wordHashes(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    long[] out = new long[Math.max(16, nfkc.length() / 5)];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
        inWord = true;
      } else if (inWord && !joinsWord(cp)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = MinHash.mix64(h);
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      out = n == out.length ? Arrays.copyOf(out, n + 1) : out;
      out[n++] = MinHash.mix64(h);
    }
    return Arrays.copyOf(out, n);
  }

  /** Characters that sit inside a word without ending it. */
  private static boolean joinsWord(int cp) {
    return cp == '.' || cp == '\'' || cp == '\u2019';
  }

  private static long[] distinct(long[] sorted) {
    if (sorted.length == 0) {
      return sorted;
    }
    int n = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
