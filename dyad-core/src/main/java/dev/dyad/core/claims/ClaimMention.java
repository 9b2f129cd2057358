package dev.dyad.core.claims;

import dev.dyad.core.coding.modality.Modality;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence that makes a claim.
 *
 * @param docId the document id
 * @param docUri the document URI
 * @param familyId the source family of the document (copies of one article share it)
 * @param sentence the sentence text
 * @param sentenceIndex its index in the document
 * @param modality how the sentence puts it
 * @param modalityCue the words that decided the modality
 * @param eventId the coded event behind the mention
 * @param published the document's publication date, when known
 * @param eventDate the event's date at the precision the text gives ({@code 2024}, {@code 2024-10},
 *     {@code 2024-10-03}), when it gives one: what {@link ClaimPlacement} places the claim by
 * @param historical whether the coder put the event in the past (background history)
 */
public record ClaimMention(
    String docId,
    String docUri,
    String familyId,
    String sentence,
    int sentenceIndex,
    Modality modality,
    Optional<String> modalityCue,
    String eventId,
    Optional<LocalDate> published,
    Optional<String> eventDate,
    boolean historical) {

  public ClaimMention {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(docUri, "docUri");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(modalityCue, "modalityCue");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(eventDate, "eventDate");
  }
}
