package dev.dyad.core.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence that voices an assessment.
 *
 * @param docId the document id
 * @param docUri the document URI
 * @param familyId the source family of the document
 * @param published the document's publication date, when known
 * @param sentenceIndex its index in the document
 * @param sentence the sentence text
 * @param topic the topic id
 * @param direction which way it points
 * @param actors country-level codes named in the sentence (or, when it names none, in the one or
 *     two sentences before it in the same block: "This could lead to an arms race")
 * @param cue the forecast words ("could", "risk of")
 * @param trigger the words that named the topic ("arms race")
 */
public record AssessmentMention(
    String docId,
    String docUri,
    String familyId,
    Optional<LocalDate> published,
    int sentenceIndex,
    String sentence,
    String topic,
    Assessment.Direction direction,
    List<String> actors,
    String cue,
    String trigger) {

  public AssessmentMention {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(docUri, "docUri");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(direction, "direction");
    actors = List.copyOf(actors);
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(trigger, "trigger");
  }
}
