package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Warning;
import dev.dyad.core.text.SentenceSplitter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The document's text (its blocks joined by {@link SentenceSplitter#BLOCK_SEPARATOR}) and its
 * sentences, by a {@link SentenceSplitter}; a document with no sentence left is a warning.
 */
final class SplitSentences implements CleaningStep {
  private final SentenceSplitter splitter;

  SplitSentences(SentenceSplitter splitter) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  @Override
  public Draft apply(Draft draft) {
    List<Sentence> sentences = splitter.split(draft.blocks());
    String text =
        draft.blocks().stream()
            .map(Block::text)
            .collect(Collectors.joining(SentenceSplitter.BLOCK_SEPARATOR));
    Draft out = draft.withSentences(sentences, text);
    return sentences.isEmpty() ? out.warn(Warning.noTextLeft()) : out;
  }
}
