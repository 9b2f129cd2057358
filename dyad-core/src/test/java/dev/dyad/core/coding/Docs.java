package dev.dyad.core.coding;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.modality.ModalityReading;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small documents for coder tests, and a coder whose detector says everything is asserted. */
final class Docs {
  static final EventCoder CODER =
      new EventCoder(
          new ActorMatcher(ActorDictionary.builtIn()),
          (tokens, span) -> ModalityReading.ASSERTED,
          EventDater.PUBLISHED);

  private Docs() {}

  /** A document of paragraph sentences, published on 1 March 2025. */
  static Document of(String... sentences) {
    return build(List.of(), sentences);
  }

  /** A document whose first sentence is a heading. */
  static Document headed(String heading, String... sentences) {
    return build(List.of(heading), sentences);
  }

  private static Document build(List<String> headings, String... sentences) {
    List<Sentence> list = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<String> all = new ArrayList<>(headings);
    all.addAll(List.of(sentences));
    for (int i = 0; i < all.size(); i++) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(all.get(i));
      list.add(
          new Sentence(
              i,
              all.get(i),
              start,
              text.length(),
              i,
              i < headings.size() ? Block.Kind.HEADING : Block.Kind.PARAGRAPH));
    }
    LocalDate date = LocalDate.of(2025, 3, 1);
    return new Document(
        "doc-1",
        "https://example.org/a",
        "test",
        Optional.empty(),
        PublicationDate.known(date, PublicationDate.Basis.METADATA, date.toString()),
        text.toString(),
        list,
        List.of(),
        Map.of());
  }

  /** "SRC>TGT TYPE" for each event of the last sentence, sorted. */
  static List<String> dyads(Document doc) {
    int last = doc.sentences().size() - 1;
    return CODER.code(doc).stream()
        .filter(e -> e.sentenceIndex() == last)
        .map(e -> e.source().code() + ">" + e.targetCode() + " " + e.eventType())
        .sorted()
        .toList();
  }
}
