package dev.dyad.core.claims;

import java.util.Objects;

/**
 * One side of a claim, at country (or organisation) level.
 *
 * @param code the country-level code: {@code PRK} for {@code PRKMIL}, {@code IGOUNO} for {@code
 *     IGOUNOSEC}
 * @param name the actor dictionary's name for it ("North Korea"), or the code when it has none
 */
public record ClaimActor(String code, String name) {
  public ClaimActor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
