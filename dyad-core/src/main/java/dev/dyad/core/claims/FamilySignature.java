package dev.dyad.core.claims;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * What {@link SourceFamilies} keeps of a document's text: the compact MinHash signature and the LSH
 * band keys. Computing it is the costly part of adding a document (shingling and hashing every
 * word), so a caller that adds the same documents again (a store rebuilding its families) can
 * compute it once, keep its {@link #toBytes() bytes}, and {@link SourceFamilies#add(String,
 * FamilySignature) add} from them with the same result. A text too short to compare has the {@link
 * #TOO_SHORT} signature. Immutable.
 */
public final class FamilySignature {
  /** The signature of a text with too few shingles to compare: it joins a family only by its id. */
  public static final FamilySignature TOO_SHORT = new FamilySignature(new int[0], new long[0]);

  private final int[] minHash;
  private final long[] bandKeys;

  FamilySignature(int[] minHash, long[] bandKeys) {
    this.minHash = minHash;
    this.bandKeys = bandKeys;
  }

  /** Whether the text was long enough to compare with others. */
  public boolean comparable() {
    return minHash.length > 0;
  }

  int[] minHash() {
    return minHash;
  }

  long[] bandKeys() {
    return bandKeys;
  }

  /**
   * The LSH band keys, one per band (none when too short to compare): two documents are candidates
   * for one family when they share a key. A store that cannot keep every signature in memory looks
   * them up by key.
   */
  public long[] bands() {
    return bandKeys.clone();
  }

  /**
   * A self-describing byte form: the counts of positions and band keys, then the positions and the
   * keys, big-endian. {@link #TOO_SHORT} is two zero counts.
   */
  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(8 + 4 * minHash.length + 8 * bandKeys.length);
    b.putInt(minHash.length).putInt(bandKeys.length);
    for (int h : minHash) {
      b.putInt(h);
    }
    for (long k : bandKeys) {
      b.putLong(k);
    }
    return b.array();
  }

  /**
   * Reads {@link #toBytes()} back.
   *
   * @throws IllegalArgumentException if the bytes are not a signature
   */
  public static FamilySignature fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < 8) {
      throw new IllegalArgumentException("not a family signature: " + bytes.length + " bytes");
    }
    int hashes = b.getInt();
    int bands = b.getInt();
    if (hashes < 0 || bands < 0 || bytes.length != 8 + 4L * hashes + 8L * bands) {
      throw new IllegalArgumentException("not a family signature: " + bytes.length + " bytes");
    }
    if (hashes == 0) {
      return TOO_SHORT;
    }
    int[] minHash = new int[hashes];
    for (int i = 0; i < hashes; i++) {
      minHash[i] = b.getInt();
    }
    long[] keys = new long[bands];
    for (int i = 0; i < bands; i++) {
      keys[i] = b.getLong();
    }
    return new FamilySignature(minHash, keys);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FamilySignature s
        && Arrays.equals(minHash, s.minHash)
        && Arrays.equals(bandKeys, s.bandKeys);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minHash) + Arrays.hashCode(bandKeys);
  }

  @Override
  public String toString() {
    return comparable()
        ? "FamilySignature[" + minHash.length + " hashes, " + bandKeys.length + " bands]"
        : "FamilySignature[too short]";
  }
}
