package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LshIndexTest {

  @Test
  void findsSignaturesSharingOneBandAndNoOthers() {
    LshIndex index = new LshIndex(4, 2);
    long[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    long[] b = {1, 2, 0, 0, 0, 0, 0, 0}; // shares band 0 with a
    long[] c = {0, 2, 3, 0, 5, 0, 7, 0}; // shares no whole band with a
    index.add(0, index.keys(a));
    index.add(1, index.keys(b));
    index.add(2, index.keys(c));

    assertThat(index.candidates(index.keys(a))).containsExactly(0, 1);
    assertThat(index.candidates(index.keys(new long[] {9, 9, 9, 9, 9, 9, 9, 9}))).isEmpty();
  }

  @Test
  void candidatesAreDistinctAndAscending() {
    LshIndex index = new LshIndex(4, 2);
    long[] s = {1, 2, 3, 4, 5, 6, 7, 8};
    for (int slot = 0; slot < 5; slot++) {
      index.add(slot, index.keys(s));
    }
    assertThat(index.candidates(index.keys(s))).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void equalRowsInDifferentBandsAreDifferentKeys() {
    LshIndex index = new LshIndex(2, 2);
    long[] keys = index.keys(new long[] {5, 5, 5, 5});
    assertThat(keys[0]).isNotEqualTo(keys[1]);
  }

  @Test
  void tableKeepsEveryKeyAcrossGrowth() {
    LshTable table = new LshTable();
    for (int i = 0; i < 5000; i++) {
      assertThat(table.put(MinHash.mix64(i), i)).isEqualTo(-1);
    }
    assertThat(table.size()).isEqualTo(5000);
    for (int i = 0; i < 5000; i++) {
      assertThat(table.get(MinHash.mix64(i))).isEqualTo(i);
    }
    assertThat(table.put(MinHash.mix64(7), 9000)).isEqualTo(7);
    assertThat(table.get(0x1234L)).isEqualTo(-1);
  }
}
