package dev.dyad.store;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.Claim;
import java.util.List;

/**
 * The claims and assessments of a stored corpus.
 *
 * @param documents how many stored documents they come from
 * @param families how many independent source families those documents form
 */
public record StoredAnalysis(
    List<Claim> claims, List<Assessment> assessments, int documents, int families) {
  public StoredAnalysis {
    claims = List.copyOf(claims);
    assessments = List.copyOf(assessments);
  }
}
