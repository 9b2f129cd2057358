package dev.dyad.core.claims;

import dev.dyad.core.clean.DocumentIds;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Documents built straight from text for family tests, with the id the cleaner would give them. */
final class FamilyTestDocs {
  private FamilyTestDocs() {}

  static Document of(String text) {
    return of(text, "test:" + DocumentIds.of(text));
  }

  static Document of(String text, LocalDate published) {
    String uri = "test:" + DocumentIds.of(text);
    return of(text, uri, PublicationDate.known(published, PublicationDate.Basis.METADATA, ""));
  }

  static Document of(String text, String uri) {
    return of(text, uri, PublicationDate.UNKNOWN);
  }

  private static Document of(String text, String uri, PublicationDate published) {
    return new Document(
        DocumentIds.of(text),
        uri,
        uri,
        Optional.empty(),
        published,
        text,
        List.of(),
        List.of(),
        Map.of());
  }

  /** Exact Jaccard similarity of two texts' shingle sets, for checking estimates. */
  static double jaccard(String a, String b, int words) {
    long[] x = Shingles.of(a, words);
    long[] y = Shingles.of(b, words);
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < x.length && j < y.length) {
      int c = Long.compare(x[i], y[j]);
      if (c == 0) {
        both++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - both;
    return union == 0 ? 1 : (double) both / union;
  }
}
