package dev.dyad.core.coding;

import java.util.Objects;

/**
 * One side of a coded event.
 *
 * @param code the actor code ({@code PRK}, {@code RUSGOV}, {@code IGOUNO})
 * @param text the words that named it in the sentence, as written: "North Korean soldiers", or for
 *     a resolved reference "the two countries"
 */
public record EventActor(String code, String text) {
  public EventActor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
