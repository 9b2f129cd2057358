package dev.dyad.core.claims;

import java.util.Arrays;

/**
 * Open-addressing map from a 64-bit band key to the newest slot in its bucket: primitive arrays,
 * because a boxed map would cost several times the signature it indexes. Single-writer.
 */
final class LshTable {
  private static final int EMPTY = -1;

  private long[] keys = new long[1024];
  private int[] slots = filled(1024);
  private int size;

  /** The newest slot under {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = index(key, mask); slots[i] != EMPTY; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return slots[i];
      }
    }
    return EMPTY;
  }

  /** Makes {@code slot} the newest under {@code key}; returns the previous newest, or -1. */
  int put(long key, int slot) {
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int mask = keys.length - 1;
    int i = index(key, mask);
    while (slots[i] != EMPTY) {
      if (keys[i] == key) {
        int previous = slots[i];
        slots[i] = slot;
        return previous;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    slots[i] = slot;
    size++;
    return EMPTY;
  }

  int size() {
    return size;
  }

  private static int index(long key, int mask) {
    // Band keys are already mixed; folding the halves is enough.
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = filled(keys.length);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldSlots[j] != EMPTY) {
        int i = index(oldKeys[j], mask);
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, EMPTY);
    return a;
  }
}
