package dev.dyad.report.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader of the store needs to cite a document and judge its quality: no text, only its
 * identity, date, source family, cleaning notes and sentence counts.
 *
 * @param docId the document id
 * @param uri the URL when known, else the path as given
 * @param title the title, when one was found
 * @param published the publication date, when known and unambiguous
 * @param publishedAlternatives both readings of an ambiguous written date ("07-11-2024")
 * @param familyId the source family (copies of one article share it)
 * @param warnings what the cleaner dropped or repaired ("dropped SEO notes section (9 blocks)")
 * @param sentences sentences in the cleaned text
 * @param speculativeSentences sentences that gave a speculative or conditional event or voice an
 *     assessment
 */
public record StoredDocument(
    String docId,
    String uri,
    Optional<String> title,
    Optional<LocalDate> published,
    List<LocalDate> publishedAlternatives,
    String familyId,
    List<String> warnings,
    int sentences,
    int speculativeSentences) {

  public StoredDocument {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    publishedAlternatives = List.copyOf(publishedAlternatives);
    Objects.requireNonNull(familyId, "familyId");
    warnings = List.copyOf(warnings);
  }
}
