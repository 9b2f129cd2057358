package dev.dyad.core.model;

import java.util.Objects;

/**
 * One sentence of a cleaned document.
 *
 * @param index position in the document, from 0
 * @param text the sentence
 * @param start offset of the first character in {@link Document#text()}
 * @param end offset after the last character in {@link Document#text()}
 * @param block index of the block it came from
 * @param kind layout role of that block (a heading is a sentence of its own)
 */
public record Sentence(int index, String text, int start, int end, int block, Block.Kind kind) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad sentence bounds: " + index + " " + start + ".." + end);
    }
  }
}
