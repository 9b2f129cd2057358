package dev.dyad.store.search;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small hand-made documents for tests. */
final class Docs {
  private Docs() {}

  static Document of(String id, String... sentences) {
    List<Sentence> list = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(s);
      list.add(new Sentence(list.size(), s, start, text.length(), 0, Block.Kind.PARAGRAPH));
    }
    return new Document(
        id,
        "https://example.org/" + id,
        id + ".txt",
        Optional.empty(),
        PublicationDate.known(
            LocalDate.of(2026, 3, 14), PublicationDate.Basis.METADATA, "2026-03-14"),
        text.toString(),
        list,
        List.of(),
        Map.of());
  }
}
