package dev.dyad.core.claims;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How {@link SourceFamilies} compares documents.
 *
 * @param shingleWords words per shingle; five words make a shingle rare enough that two independent
 *     reports of one event share few of them, while a copy shares almost all
 * @param hashes MinHash functions per signature; the estimate's standard error at Jaccard 0.5 is
 *     about {@code 0.5 / sqrt(hashes)}
 * @param bands LSH bands of {@code hashes / bands} rows each (positions left over count in the
 *     estimate only). Two documents are compared when at least one band agrees in every row
 * @param threshold the estimated Jaccard similarity of word shingles from which two documents are
 *     one family
 * @param windowDays how many days apart two documents' publication dates may be for them to be
 *     compared at all; a document without a known date is compared with every other (see {@link
 *     #nearInTime})
 */
public record FamilyOptions(
    int shingleWords, int hashes, int bands, double threshold, int windowDays) {

  /**
   * 5-word shingles, 128 hashes, 42 bands of 3 rows, threshold 0.3.
   *
   * <p>On the labelled pair set, copies (tagline, headline, edits, reordering, boilerplate,
   * truncation to 70%) have shingle Jaccard 0.46 to 0.93 and independent reports of the same event
   * at most 0.03 (0.07 for another event told in the same wire formulas). 0.3 sits in that gap,
   * over three standard errors of the 128-hash estimate from the weakest copy and ten from the
   * strongest non-copy. The bands put the LSH S-curve's midpoint at {@code (1/42)^(1/3) ≈ 0.29}: a
   * pair at 0.45 becomes a candidate with probability 0.98 and at 0.6 with 0.9999, while a pair at
   * 0.07 does with 0.014, so the candidates to verify stay few. Four rows (32 bands) would miss a
   * quarter of the pairs at 0.45; two rows (64 bands) would make every pair sharing some
   * boilerplate a candidate and double the band keys kept per document.
   *
   * <p>A 30-day window: syndicated and lightly edited copies appear within hours or days of their
   * original, and a claim never spans two quarters, so a rerun more than a month later could at
   * most count once more in a claim that spans both dates. Without a window, a new document's
   * candidates are every stored report that shares a boilerplate band with it, a number that grows
   * with every year stored; with it they are the reports of two months, however large the corpus.
   */
  public static final FamilyOptions DEFAULTS = new FamilyOptions(5, 128, 42, 0.3, 30);

  public FamilyOptions {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be positive: " + shingleWords);
    }
    if (bands < 1 || hashes < bands) {
      throw new IllegalArgumentException(
          "need at least one hash per band: " + hashes + " hashes, " + bands + " bands");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays must not be negative: " + windowDays);
    }
  }

  /**
   * Whether two documents published on these dates may be one family: both dates known and at most
   * {@link #windowDays} apart, or either unknown.
   *
   * <p>Quirk: a document whose date is unknown or ambiguous (a text file, a page without metadata)
   * is compared with documents of any date, so a copy that lost its dateline still joins its
   * original.
   */
  public boolean nearInTime(Optional<LocalDate> a, Optional<LocalDate> b) {
    return nearInDays(epochDay(a), epochDay(b));
  }

  /** No known publication date, as an epoch day: near every day. */
  static final long NO_DAY = Long.MIN_VALUE;

  /** {@link #nearInTime} on epoch days ({@link #NO_DAY} for none), which makes no dates. */
  boolean nearInDays(long a, long b) {
    return a == NO_DAY || b == NO_DAY || Math.abs(a - b) <= windowDays;
  }

  static long epochDay(Optional<LocalDate> date) {
    return date.map(LocalDate::toEpochDay).orElse(NO_DAY);
  }

  /** Signature rows per band. */
  public int rows() {
    return hashes / bands;
  }
}
