package dev.dyad.store;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.AssessmentExtractor;
import dev.dyad.core.claims.SourceFamilies;
import dev.dyad.core.claims.TopicTaxonomy;
import dev.dyad.core.model.Document;

/**
 * Computes a document's {@link DocumentFacts} as the claim rebuild would: the signature {@link
 * SourceFamilies} makes of its text, and what {@link AssessmentExtractor} finds in its sentences.
 * Thread-safe: ingest calls it from its worker threads.
 */
final class FactExtractor {
  /** Only its stateless {@link SourceFamilies#signature} is used, never its index. */
  private final SourceFamilies signatures = new SourceFamilies();
  private final AssessmentExtractor assessments;

  FactExtractor(ActorDictionary dictionary) {
    this.assessments = new AssessmentExtractor(TopicTaxonomy.builtIn(), dictionary);
  }

  DocumentFacts of(Document doc) {
    // The family is not known yet; the mentions are stored without it and given it at rebuild.
    return new DocumentFacts(
        signatures.signature(doc.text()),
        assessments.extract(doc, "").stream().map(AssessmentFact::of).toList());
  }
}
