package dev.dyad.core.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment mention as {@link AssessmentExtractor} finds it in one document: everything but the
 * document's source family, which depends on the documents read before it and is only known when
 * the corpus is merged ({@link #mention}). A store keeps these with the document, so a rebuild of
 * its assessments never reads the text again.
 *
 * @param sentenceIndex the sentence's index in its document
 * @param sentence the sentence text
 * @param topic the topic id
 * @param direction which way it points
 * @param actors country-level codes named (see {@link AssessmentMention#actors()})
 * @param cue the forecast words
 * @param trigger the words that named the topic
 */
public record AssessmentFact(
    int sentenceIndex,
    String sentence,
    String topic,
    Assessment.Direction direction,
    List<String> actors,
    String cue,
    String trigger) {

  public AssessmentFact {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(direction, "direction");
    actors = List.copyOf(actors);
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(trigger, "trigger");
  }

  /** The mention, in document {@code docId} of source family {@code familyId}. */
  public AssessmentMention mention(
      String docId, String docUri, String familyId, Optional<LocalDate> published) {
    return new AssessmentMention(
        docId,
        docUri,
        familyId,
        published,
        sentenceIndex,
        sentence,
        topic,
        direction,
        actors,
        cue,
        trigger);
  }
}
