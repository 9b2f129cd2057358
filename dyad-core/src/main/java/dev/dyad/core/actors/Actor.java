package dev.dyad.core.actors;

import java.util.Objects;

/**
 * A coded actor, CAMEO-style: a country (or organisation) code followed by a sector.
 *
 * @param code the full code, e.g. {@code PRKMIL}, {@code RUS}, {@code IGOWSTNAT}
 * @param country ISO alpha-3 country code, or empty for organisations
 * @param sector sector code such as {@code GOV} or {@code MIL}, or empty when none applies
 * @param name the canonical name of the entry that produced it
 * @param kind what the matched entry names
 */
public record Actor(String code, String country, String sector, String name, ActorKind kind) {
  public Actor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
