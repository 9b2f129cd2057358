package dev.dyad.spark;

import java.nio.ByteBuffer;

/**
 * The LSH band keys of a family signature, read from its documented byte form ({@code
 * FamilySignature.toBytes}: the counts of positions and keys, then the positions, then the keys,
 * big-endian). Documents that share a key are the candidates {@code SourceFamilies} compares.
 */
final class BandKeys {
  private BandKeys() {}

  static long[] of(byte[] signature) {
    ByteBuffer b = ByteBuffer.wrap(signature);
    int hashes = b.getInt();
    int bands = b.getInt();
    long[] keys = new long[bands];
    b.position(8 + 4 * hashes);
    for (int i = 0; i < bands; i++) {
      keys[i] = b.getLong();
    }
    return keys;
  }
}
