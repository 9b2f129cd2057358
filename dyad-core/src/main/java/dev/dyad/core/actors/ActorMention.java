package dev.dyad.core.actors;

import java.util.Objects;

/**
 * One actor found in a sentence.
 *
 * @param text the matched text, {@code sentence.substring(start, end)}
 * @param start offset of the first character in the sentence
 * @param end offset after the last character
 * @param entry the principal entry matched: the person if one was named, else the country,
 *     organisation or institution
 * @param actor the resolved code, with role words and the article's date applied
 */
public record ActorMention(String text, int start, int end, ActorEntry entry, Actor actor) {
  public ActorMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(actor, "actor");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
