package dev.dyad.core;

import dev.dyad.core.actors.SentenceActor;
import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.claims.FamilySignature;
import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import java.util.List;
import java.util.Objects;

/**
 * Everything Dyad finds in one cleaned document that does not depend on any other document, made by
 * {@link DocumentAnalyzer#analyze}. What depends on the others (source families, claims,
 * assessments) is {@link CorpusAnalysis}'s.
 *
 * @param document the cleaned document
 * @param events the events coded from it, in the coder's order
 * @param familySignature the signature its source family is found by
 * @param assessments what voices an assessment in it, in sentence order
 * @param actors every dictionary actor named in its sentences, as of its publication date
 */
public record DocumentAnalysis(
    Document document,
    List<Event> events,
    FamilySignature familySignature,
    List<AssessmentFact> assessments,
    List<SentenceActor> actors) {

  public DocumentAnalysis {
    Objects.requireNonNull(document, "document");
    events = List.copyOf(events);
    Objects.requireNonNull(familySignature, "familySignature");
    assessments = List.copyOf(assessments);
    actors = List.copyOf(actors);
  }

  /** What the corpus merge needs of it besides the events. */
  public DocumentFacts facts() {
    return new DocumentFacts(
        document.id(), document.uri(), document.published().date(), familySignature, assessments);
  }
}
