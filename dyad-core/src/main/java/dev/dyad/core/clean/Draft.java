package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document part way through cleaning: what one {@link CleaningStep} hands the next. Immutable;
 * each step returns a changed copy.
 *
 * @param raw the document as read
 * @param extracted what the extractor found besides the blocks (its title and date), empty before
 *     extraction
 * @param blocks the main content so far
 * @param published the publication date, {@link PublicationDate#UNKNOWN} until it is found
 * @param title the headline, once found
 * @param sentences the sentences, once split
 * @param text the blocks' texts joined, once split into sentences
 * @param id the document id, once assigned
 * @param warnings what the steps noticed so far, in the order they noticed it
 */
record Draft(
    RawDocument raw,
    Extracted extracted,
    List<Block> blocks,
    PublicationDate published,
    Optional<String> title,
    List<Sentence> sentences,
    String text,
    String id,
    List<Warning> warnings) {

  Draft {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(extracted, "extracted");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(id, "id");
    warnings = List.copyOf(warnings);
  }

  /** A draft of {@code raw} before any step. */
  static Draft of(RawDocument raw) {
    return new Draft(
        raw,
        Extracted.of(List.of()),
        List.of(),
        PublicationDate.UNKNOWN,
        Optional.empty(),
        List.of(),
        "",
        "",
        List.of());
  }

  Draft withExtracted(Extracted extracted) {
    return new Draft(
        raw, extracted, extracted.blocks(), published, title, sentences, text, id, warnings);
  }

  Draft withBlocks(List<Block> blocks) {
    return new Draft(raw, extracted, blocks, published, title, sentences, text, id, warnings);
  }

  Draft withPublished(PublicationDate published) {
    return new Draft(raw, extracted, blocks, published, title, sentences, text, id, warnings);
  }

  Draft withTitle(Optional<String> title) {
    return new Draft(raw, extracted, blocks, published, title, sentences, text, id, warnings);
  }

  Draft withSentences(List<Sentence> sentences, String text) {
    return new Draft(raw, extracted, blocks, published, title, sentences, text, id, warnings);
  }

  Draft withId(String id) {
    return new Draft(raw, extracted, blocks, published, title, sentences, text, id, warnings);
  }

  /** This draft with {@code more} warnings after the ones it has. */
  Draft warn(List<Warning> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Warning> all = new ArrayList<>(warnings.size() + more.size());
    all.addAll(warnings);
    all.addAll(more);
    return new Draft(raw, extracted, blocks, published, title, sentences, text, id, all);
  }

  /** This draft with one more warning. */
  Draft warn(Warning warning) {
    return warn(List.of(warning));
  }

  /** The cleaned document. */
  Document toDocument() {
    return new Document(
        id, raw.uri(), raw.origin(), title, published, text, sentences, warnings, raw.metadata());
  }
}
