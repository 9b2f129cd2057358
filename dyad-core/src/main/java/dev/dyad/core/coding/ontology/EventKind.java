package dev.dyad.core.coding.ontology;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the event ontology: a PLOVER event type with an optional mode, and the CAMEO code,
 * quad class and Goldstein intensity it corresponds to.
 *
 * @param type the PLOVER event type
 * @param mode the PLOVER mode; empty for the type's default kind
 * @param cameo the corresponding CAMEO 1.1b3 code, 2 to 4 digits ("072")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param intensity the Goldstein weight of {@code cameo}, -10 to +10
 * @param description what the kind means, for people
 */
public record EventKind(
    EventType type,
    Optional<String> mode,
    String cameo,
    int quadClass,
    double intensity,
    String description) {

  public EventKind {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(description, "description");
  }
}
