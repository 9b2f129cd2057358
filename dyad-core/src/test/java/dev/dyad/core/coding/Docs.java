package dev.dyad.core.coding;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.modality.CueModalityDetector;
import dev.dyad.core.coding.modality.ModalityReading;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.time.EventDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small documents for coder tests, a coder whose detector says everything is asserted, and coders
 * with the built-in modality cues.
 */
final class Docs {
  private static final ActorMatcher ACTORS = new ActorMatcher(ActorDictionary.builtIn());

  static final EventCoder CODER =
      new EventCoder(ACTORS, (tokens, span) -> ModalityReading.ASSERTED, EventDater.PUBLISHED);

  /** The built-in modality cues, events dated from the text: as the pipeline codes. */
  static final EventCoder CUED =
      new EventCoder(ACTORS, CueModalityDetector.builtIn(), EventDates::date);

  /** The built-in modality cues, every event dated by its publication. */
  static final EventCoder CUED_PUBLISHED =
      new EventCoder(ACTORS, CueModalityDetector.builtIn(), EventDater.PUBLISHED);

  private Docs() {}

  /** The events {@link #CUED} codes in the last of {@code sentences}, the others its context. */
  static List<Event> lastSentenceEvents(String... sentences) {
    Document doc = of(sentences);
    int last = doc.sentences().size() - 1;
    return CUED.code(doc).stream().filter(e -> e.sentenceIndex() == last).toList();
  }

  /** "SRC>TGT TYPE modality" of each event {@link #CUED} codes in {@code sentence}. */
  static List<String> readings(String sentence) {
    return CUED.code(of(sentence)).stream()
        .map(e -> dyad(e) + " " + e.eventType() + " " + e.modality().label())
        .toList();
  }

  /** "SOURCE>TARGET TYPE@modality" with full codes ("null" for no target). */
  static String labelled(Event e) {
    return e.source().code()
        + ">"
        + e.targetCode()
        + " "
        + e.eventType()
        + "@"
        + e.modality().label();
  }

  /** "SRC>TGT" at country level, "-" for an event with no target. */
  static String dyad(Event e) {
    return country(e.source().code()) + ">" + e.target().map(t -> country(t.code())).orElse("-");
  }

  /** The country of a code, or the whole code of an organisation (IGO…). */
  static String country(String code) {
    return code.startsWith("IGO") ? code : code.substring(0, Math.min(3, code.length()));
  }

  /** A document of paragraph sentences, published on 1 March 2025. */
  static Document of(String... sentences) {
    return build(List.of(), sentences);
  }

  /** A document whose first sentence is a heading. */
  static Document headed(String heading, String... sentences) {
    return build(List.of(heading), sentences);
  }

  /** A document of paragraph sentences published on {@code date}. */
  static Document publishedOn(LocalDate date, String... sentences) {
    Document d = build(List.of(), sentences);
    return new Document(
        d.id(),
        d.uri(),
        d.origin(),
        d.title(),
        PublicationDate.known(date, PublicationDate.Basis.METADATA, date.toString()),
        d.text(),
        d.sentences(),
        d.warnings(),
        d.metadata());
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
