package dev.dyad.core.claims;

/**
 * How {@link SourceFamilies} compares documents.
 *
 * @param shingleWords words per shingle; five words make a shingle rare enough that two
 *     independent reports of one event share few of them, while a copy shares almost all
 * @param hashes MinHash functions per signature; the estimate's standard error at Jaccard 0.5 is
 *     about {@code 0.5 / sqrt(hashes)}
 * @param bands LSH bands; {@code hashes / bands} rows each. Two documents are compared when at
 *     least one band agrees in every row
 * @param threshold the estimated Jaccard similarity of word shingles from which two documents are
 *     one family
 */
public record FamilyOptions(int shingleWords, int hashes, int bands, double threshold) {

  /**
   * 5-word shingles, 128 hashes in 32 bands of 4 rows, threshold 0.5. The bands put the LSH
   * S-curve's midpoint at {@code (1/32)^(1/4) ≈ 0.42}, below the threshold, so a pair at 0.6 is
   * found with probability 0.99 while independent reports of one event (Jaccard under 0.1) almost
   * never share a band.
   */
  public static final FamilyOptions DEFAULTS = new FamilyOptions(5, 128, 32, 0.5);

  public FamilyOptions {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be positive: " + shingleWords);
    }
    if (hashes < 1 || bands < 1 || hashes % bands != 0) {
      throw new IllegalArgumentException(
          "hashes must be a positive multiple of bands: " + hashes + " hashes, " + bands + " bands");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
  }

  /** Signature rows per band. */
  public int rows() {
    return hashes / bands;
  }
}
