package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Scores the coder on the wire-style held-out suite (coding/wire-heldout/README.md): 220 sentences
 * written blind by an annotator who never saw the coder, its files or its output. Only the figures
 * are printed, never a case: nobody reads its misses, and it is never tuned on. The floor catches a
 * collapse; the figures themselves go in docs/evaluation.md.
 */
class WireHeldOutEvaluationTest {
  @Test
  void scoresTheWireHeldOutSuite() {
    CoderEvaluationTest.Figures f = CoderEvaluationTest.evaluate(GoldCases.wireHeldOut());
    System.out.println("Coder on the wire held-out suite (blind, never read):");
    System.out.println("  dyad+type+modality+historical " + f.full());
    System.out.println("  dyad+type+historical          " + f.dyadType());
    CoderEvaluationTest.printByType(f);
    assertThat(f.dyadType().precision()).isGreaterThanOrEqualTo(0.4);
  }
}
