package dev.dyad.core;

import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.claims.FamilySignature;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CorpusAnalysis} needs of one document besides its events: its source-family signature
 * and its assessment facts, with the document's id, URI and date. A store keeps them with the
 * document, so that it can merge its corpus again without reading any text.
 *
 * @param docId the document id
 * @param uri the document URI
 * @param published its publication date, when known
 * @param signature its source-family signature
 * @param assessments what voices an assessment in it, in sentence order
 */
public record DocumentFacts(
    String docId,
    String uri,
    Optional<LocalDate> published,
    FamilySignature signature,
    List<AssessmentFact> assessments) {

  public DocumentFacts {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(signature, "signature");
    assessments = List.copyOf(assessments);
  }
}
