package dev.dyad.report.brief;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of the bottom line, with what it stands on.
 *
 * @param text the sentence, ending with its full stop; citations are added by the renderer
 * @param citations the sources it cites, in order
 * @param claimIds the claims it speaks of
 * @param assessmentIds the assessments it speaks of
 */
public record Finding(
    String text, List<Integer> citations, List<String> claimIds, List<String> assessmentIds) {
  public Finding {
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    claimIds = List.copyOf(claimIds);
    assessmentIds = List.copyOf(assessmentIds);
  }
}
