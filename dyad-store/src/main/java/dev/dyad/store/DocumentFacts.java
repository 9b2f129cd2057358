package dev.dyad.store;

import dev.dyad.core.claims.FamilySignature;
import java.util.List;

/**
 * What the claim rebuild needs of one document besides its events, computed once when the
 * document is stored (table {@code document_signatures} and {@code document_assessments}), so a
 * rebuild never reads the texts again.
 *
 * @param signature its source-family signature
 * @param assessments its assessment mentions, in the extractor's order
 */
record DocumentFacts(FamilySignature signature, List<AssessmentFact> assessments) {
  DocumentFacts {
    assessments = List.copyOf(assessments);
  }
}
