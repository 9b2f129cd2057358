package dev.dyad.report.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Numbers the cited articles, oldest first (undated last), and turns them into {@link Source}s. */
final class Citations {
  private static final Comparator<StoredDocument> CHRONOLOGICAL =
      Comparator.comparing(
              (StoredDocument d) -> d.published().orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StoredDocument::uri)
          .thenComparing(StoredDocument::docId);

  private final List<StoredDocument> ordered;
  private final Map<String, Integer> numbers = new HashMap<>();

  Citations(Collection<StoredDocument> cited) {
    ordered = cited.stream().sorted(CHRONOLOGICAL).toList();
    for (int i = 0; i < ordered.size(); i++) {
      numbers.put(ordered.get(i).docId(), i + 1);
    }
  }

  int number(String docId) {
    Integer n = numbers.get(docId);
    if (n == null) {
      throw new IllegalArgumentException("not a cited document: " + docId);
    }
    return n;
  }

  List<Source> sources() {
    Map<String, Integer> firstOfFamily = new HashMap<>();
    List<Source> out = new ArrayList<>();
    for (StoredDocument d : ordered) {
      int n = numbers.get(d.docId());
      Integer earlier = firstOfFamily.putIfAbsent(d.familyId(), n);
      out.add(
          new Source(
              n,
              d.docId(),
              d.title(),
              d.uri(),
              d.published(),
              d.publishedAlternatives(),
              d.familyId(),
              Optional.ofNullable(earlier)));
    }
    return out;
  }

  /** A document known only from a mention (not among those read): what the mention tells. */
  static StoredDocument fromMention(
      String docId, String uri, String familyId, Optional<LocalDate> published) {
    return new StoredDocument(
        docId, uri, Optional.empty(), published, List.of(), familyId, List.of(), 0, 0);
  }
}
