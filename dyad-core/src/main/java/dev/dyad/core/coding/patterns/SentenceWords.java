package dev.dyad.core.coding.patterns;

/**
 * A sentence's words as {@link PatternBook#viable} reads them, made once per sentence by {@link
 * PatternBook#wordsOf}: a bitmap over the numbers the book gives the words its patterns need, and
 * the numbers present.
 */
public final class SentenceWords {
  final long[] bits;
  final int[] ids;

  SentenceWords(long[] bits, int[] ids) {
    this.bits = bits;
    this.ids = ids;
  }

  boolean has(int id) {
    return (bits[id >>> 6] & (1L << id)) != 0;
  }
}
