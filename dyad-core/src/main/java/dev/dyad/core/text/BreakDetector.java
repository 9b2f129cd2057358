package dev.dyad.core.text;

/**
 * Proposes sentence breaks in one block of text. Implementations may over- or under-split; the
 * rules in {@link Sentences} correct the result, so a faster detector can replace the model without
 * changing what callers see.
 */
interface BreakDetector {

  /**
   * Candidate break offsets in {@code text}, ascending: each is the offset just after a sentence's
   * last character.
   */
  int[] breaks(String text);
}
