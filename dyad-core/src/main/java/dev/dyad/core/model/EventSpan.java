package dev.dyad.core.model;

/**
 * Where an event mention sits in its sentence's tokens, for stages that read around it.
 *
 * @param trigger index of the token that names the action ("provided", "deployment", "met")
 * @param first index of the first token of the matched pattern
 * @param last index of the last token of the matched pattern (inclusive)
 */
public record EventSpan(int trigger, int first, int last) {
  public EventSpan {
    if (first < 0 || trigger < first || last < trigger) {
      throw new IllegalArgumentException("bad span: " + first + " <= " + trigger + " <= " + last);
    }
  }
}
