package dev.dyad.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned document: its main text split into sentences, with the title, date and warnings that
 * cleaning found.
 *
 * @param id stable id derived from the normalised main text, so a copy under another name or URL
 *     gets the same id
 * @param uri the URL when known, else the path as given
 * @param origin where it was read (see {@link RawDocument#origin()})
 * @param title the headline, if one was found
 * @param published the publication date and how it was found
 * @param text the cleaned main text: blocks joined by blank lines; sentence offsets point into it
 * @param sentences the sentences of {@code text}, in order
 * @param warnings what cleaning noticed and a reader should know (ambiguous date, repaired words…),
 *     in the order it noticed them
 * @param metadata the source's other fields
 */
public record Document(
    String id,
    String uri,
    String origin,
    Optional<String> title,
    PublicationDate published,
    String text,
    List<Sentence> sentences,
    List<Warning> warnings,
    Map<String, String> metadata) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    warnings = List.copyOf(warnings);
    metadata = Map.copyOf(metadata);
  }
}
