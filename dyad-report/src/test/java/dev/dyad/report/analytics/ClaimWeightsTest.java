package dev.dyad.report.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dyad.core.claims.ClaimStatus;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ClaimWeightsTest {
  @Test
  void ranksStatusesFromConfirmedFactToSpeculation() {
    assertThat(ClaimWeights.certainty(ClaimStatus.CONFIRMED)).isEqualTo(1.0);
    assertThat(ClaimWeights.certainty(ClaimStatus.REPORTED)).isEqualTo(0.75);
    assertThat(ClaimWeights.certainty(ClaimStatus.DISPUTED)).isEqualTo(0.5);
    assertThat(ClaimWeights.certainty(ClaimStatus.ALLEGED)).isEqualTo(0.25);
    assertThat(ClaimWeights.certainty(ClaimStatus.PLANNED)).isZero();
    assertThat(ClaimWeights.certainty(ClaimStatus.SPECULATIVE)).isZero();
    assertThat(ClaimWeights.certainty(ClaimStatus.DENIED)).isZero();
  }

  @Test
  void givesOneSourceWeightOneAndEachDoublingOneMore() {
    assertThat(ClaimWeights.sourceWeight(1)).isEqualTo(1.0);
    assertThat(ClaimWeights.sourceWeight(2)).isCloseTo(2.0, within(1e-12));
    assertThat(ClaimWeights.sourceWeight(4)).isCloseTo(3.0, within(1e-12));
    assertThat(ClaimWeights.sourceWeight(0)).isEqualTo(1.0);
  }

  @Test
  void letsSeveralIndependentClaimsOutweighOneHeavilyCoveredClaim() {
    // One claim carried by sixteen source families against six claims of one source each.
    double covered = ClaimWeights.weight(ClaimStatus.REPORTED, 16);
    double severalQuiet = 6 * ClaimWeights.weight(ClaimStatus.REPORTED, 1);
    assertThat(severalQuiet).isGreaterThan(covered);
  }

  @Property
  void growsWithSourcesButLessWithEachOne(@ForAll @IntRange(min = 1, max = 10_000) int sources) {
    double gain = ClaimWeights.sourceWeight(sources + 1) - ClaimWeights.sourceWeight(sources);
    double nextGain =
        ClaimWeights.sourceWeight(sources + 2) - ClaimWeights.sourceWeight(sources + 1);
    assertThat(gain).isPositive();
    assertThat(nextGain).isLessThan(gain);
    assertThat(ClaimWeights.sourceWeight(sources)).isLessThanOrEqualTo(sources);
  }

  @Property
  void weighsNothingThatIsNotStatedAsHavingHappened(
      @ForAll ClaimStatus status, @ForAll @IntRange(min = 1, max = 1000) int sources) {
    boolean stated =
        status == ClaimStatus.CONFIRMED
            || status == ClaimStatus.REPORTED
            || status == ClaimStatus.DISPUTED
            || status == ClaimStatus.ALLEGED;
    assertThat(ClaimWeights.weight(status, sources) > 0).isEqualTo(stated);
  }
}
