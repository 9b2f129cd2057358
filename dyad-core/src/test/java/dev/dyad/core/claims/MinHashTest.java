package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private final MinHash minHash = new MinHash(128, 7);

  @Test
  void estimatesJaccardWithinFourStandardErrors() {
    // 300 shared of 600 distinct: J = 0.5, standard error sqrt(0.25/128) ≈ 0.044.
    long[] a = LongStream.range(0, 450).map(MinHash::mix64).sorted().toArray();
    long[] b = LongStream.range(150, 600).map(MinHash::mix64).sorted().toArray();
    double estimate =
        MinHash.similarity(
            MinHash.compact(minHash.signature(a)), MinHash.compact(minHash.signature(b)));
    assertThat(estimate).isCloseTo(0.5, within(4 * 0.044));
  }

  @Test
  void identicalSetsAreOneAndDisjointSetsNearZero() {
    long[] a = LongStream.range(0, 200).map(MinHash::mix64).toArray();
    long[] b = LongStream.range(1000, 1200).map(MinHash::mix64).toArray();
    int[] sa = MinHash.compact(minHash.signature(a));
    assertThat(MinHash.similarity(sa, MinHash.compact(minHash.signature(a.clone()))))
        .isEqualTo(1.0);
    assertThat(MinHash.similarity(sa, MinHash.compact(minHash.signature(b)))).isLessThan(0.05);
  }

  @Test
  void sameSeedSameSignature() {
    long[] a = LongStream.range(0, 50).map(MinHash::mix64).toArray();
    assertThat(new MinHash(128, 7).signature(a)).isEqualTo(minHash.signature(a));
    assertThat(new MinHash(128, 8).signature(a)).isNotEqualTo(minHash.signature(a));
  }

  @Test
  void shinglesIgnoreCasePunctuationAndSpacing() {
    String a = "The U.S. envoy said on Monday that Moscow's reply was \"unacceptable\" — and left.";
    String b = "the US envoy said  on monday that moscows reply was unacceptable and left";
    assertThat(Shingles.of(a, 5)).isEqualTo(Shingles.of(b, 5));
    assertThat(Shingles.of(a, 5)).hasSize(9); // 13 words
    assertThat(Shingles.of("four words only here", 5)).isEmpty();
  }
}
