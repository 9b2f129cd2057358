package dev.dyad.core.actors;

import java.util.Objects;

/**
 * An actor named in one sentence of a document, for counting who is talked about (whether or not an
 * event was coded from the sentence).
 *
 * @param sentenceIndex the sentence's index in its document
 * @param mention the words, their span within the sentence and the actor they name
 */
public record SentenceActor(int sentenceIndex, ActorMention mention) {
  public SentenceActor {
    Objects.requireNonNull(mention, "mention");
  }
}
