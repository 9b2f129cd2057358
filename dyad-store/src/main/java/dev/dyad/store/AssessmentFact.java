package dev.dyad.store;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An assessment mention as stored with its document: everything but the source family, which
 * depends on the documents stored before it and is only known when claims are rebuilt.
 */
record AssessmentFact(
    int sentenceIndex, String sentence, String topic, Assessment.Direction direction, List<String> actors, String cue, String trigger) {

  AssessmentFact {
    actors = List.copyOf(actors);
  }

  static AssessmentFact of(AssessmentMention m) {
    return new AssessmentFact(m.sentenceIndex(), m.sentence(), m.topic(), m.direction(), m.actors(), m.cue(), m.trigger());
  }

  /** The mention, in a document of source family {@code familyId}. */
  AssessmentMention mention(String docId, String docUri, String familyId, Optional<LocalDate> published) {
    return new AssessmentMention(docId, docUri, familyId, published, sentenceIndex, sentence, topic, direction, actors, cue, trigger);
  }
}
