package dev.dyad.report.brief;

import dev.dyad.core.coding.modality.Modality;
import java.util.List;
import java.util.Objects;

/**
 * The sources that put a claim one way: who carries it, and how.
 *
 * @param modality how they put it (asserted, reported, alleged, …, negated)
 * @param citations their numbers, ascending
 */
public record Voice(Modality modality, List<Integer> citations) {
  public Voice {
    Objects.requireNonNull(modality, "modality");
    citations = List.copyOf(citations);
  }
}
