package dev.dyad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The plan of the synthetic benchmark corpus, shared by the family and claim benchmarks: which
 * documents are near-copies and of which original. Document {@code i} is a copy with probability
 * 1/10 (never the first); a copy's source is a uniformly chosen earlier original. The texts
 * themselves come from {@link FamilyBenchmarkMain#article} and {@link FamilyBenchmarkMain#edit}.
 */
final class SyntheticCorpus {
  static final long SEED = 20260314L;

  private SyntheticCorpus() {}

  /** {@code source[i]}: the original document {@code i} copies, or {@code i} for an original. */
  static int[] plan(int documents) {
    SplittableRandom plan = new SplittableRandom(SEED);
    int[] source = new int[documents];
    // A copy's source must be an original: the generator can only regenerate originals.
    List<Integer> originals = new ArrayList<>(documents);
    for (int i = 0; i < documents; i++) {
      boolean copy = i > 0 && plan.nextInt(10) == 0;
      source[i] = copy ? originals.get(plan.nextInt(originals.size())) : i;
      if (!copy) {
        originals.add(i);
      }
    }
    return source;
  }

  /** The sentences of document {@code i} under {@code plan}: the original's, edited for a copy. */
  static List<String> body(int i, int[] plan) {
    List<String> body = FamilyBenchmarkMain.article(plan[i]);
    return plan[i] == i
        ? body
        : FamilyBenchmarkMain.edit(body, new SplittableRandom(SEED ^ (31L * i)));
  }
}
