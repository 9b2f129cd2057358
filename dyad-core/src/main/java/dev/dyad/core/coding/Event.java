package dev.dyad.core.coding;

import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.EventDate;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded event, traceable to the sentence it was read from. Most events are dyadic (a source
 * acts on a target); some have a source and no target (PLOVER's protests, strikes, mobilisations,
 * resignations, surrenders): their {@code target} is empty, never a placeholder actor.
 *
 * @param eventId stable hash of document, sentence, span, pattern, source and target (an empty
 *     target hashes as the empty string; a dyadic event's id does not depend on this)
 * @param docId the document id
 * @param docUri the document URI
 * @param published the article's publication date, when known
 * @param sentenceIndex index of the sentence in the document
 * @param sentence the sentence text
 * @param span character offsets of the matched words within {@code sentence}
 * @param source who acted
 * @param target whom the act was aimed at; empty for an event with no target
 * @param eventType the PLOVER type
 * @param mode the PLOVER mode, when the pattern gives one
 * @param cameo the CAMEO code of (type, mode)
 * @param quadClass the quad class of {@code cameo}
 * @param intensity the Goldstein weight of {@code cameo}
 * @param modality how certain the text is that it happened; only factual ones count
 * @param modalityCue the words that decided the modality
 * @param date ISO date at the precision the text gives
 * @param dateBasis where {@code date} came from
 * @param historical whether it is background from an earlier period
 * @param pattern the id of the pattern that matched ("aid.send.weapons")
 * @param confidence 0..1: the pattern's base confidence with penalties for gaps and references
 * @param object what was sent, deployed or imposed ("munitions", "troops"), when the pattern names
 *     it
 */
public record Event(
    String eventId,
    String docId,
    String docUri,
    Optional<LocalDate> published,
    int sentenceIndex,
    String sentence,
    Span span,
    EventActor source,
    Optional<EventActor> target,
    EventType eventType,
    Optional<String> mode,
    String cameo,
    int quadClass,
    double intensity,
    Modality modality,
    Optional<String> modalityCue,
    Optional<String> date,
    EventDate.Basis dateBasis,
    boolean historical,
    String pattern,
    double confidence,
    Optional<String> object) {

  /** Whether the event has a target: a dyadic event, which dyad views count. */
  public boolean dyadic() {
    return target.isPresent();
  }

  /** The target's code, or null for an event with no target (for writers of nullable columns). */
  public String targetCode() {
    return target.map(EventActor::code).orElse(null);
  }

  /** The words that named the target, or null for an event with no target. */
  public String targetText() {
    return target.map(EventActor::text).orElse(null);
  }

  /** Character offsets {@code [start, end)} within the sentence. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span " + start + ".." + end);
      }
    }
  }

  public Event {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(docUri, "docUri");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(modalityCue, "modalityCue");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateBasis, "dateBasis");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(object, "object");
    if (span.end() > sentence.length()) {
      throw new IllegalArgumentException("span beyond sentence: " + span);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
  }
}
