package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.ontology.EventType;
import java.util.Optional;
import java.util.Set;

/**
 * What an act named by a bare noun refers to, for a pattern whose target is the one who did it:
 * "condemned the arrest" after "Police detained the artist" targets the police. The target is the
 * source of the last event of one of {@code types} the document coded in the sentences just before
 * (any type when {@code types} is empty); when there is none, the {@code fallback} sector of the
 * country the article is about, if any ("denounced the verdict" in a Thai story: Thailand's
 * courts).
 *
 * @param types the event types the noun can name; empty for any
 * @param fallback the sector of the article's country that does such acts, if any
 */
public record ActReference(Set<EventType> types, Optional<String> fallback) {
  public ActReference {
    types = Set.copyOf(types);
    java.util.Objects.requireNonNull(fallback, "fallback");
  }

  /** Whether an event of {@code type} can be the act the noun names. */
  public boolean names(EventType type) {
    return types.isEmpty() || types.contains(type);
  }
}
