package dev.dyad.report.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered citation.
 *
 * @param number its number in the brief, from 1, oldest source first
 * @param docId the document id
 * @param title the title, when the article has one
 * @param uri the URL, or the path it was read from (untrusted text: renderers escape it)
 * @param published the publication date, when known
 * @param publishedAlternatives both readings of an ambiguous written date
 * @param familyId its source family
 * @param sameFamilyAs the number of an earlier source in the same family (a syndicated copy)
 */
public record Source(
    int number,
    String docId,
    Optional<String> title,
    String uri,
    Optional<LocalDate> published,
    List<LocalDate> publishedAlternatives,
    String familyId,
    Optional<Integer> sameFamilyAs) {

  public Source {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(published, "published");
    publishedAlternatives = List.copyOf(publishedAlternatives);
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(sameFamilyAs, "sameFamilyAs");
  }
}
