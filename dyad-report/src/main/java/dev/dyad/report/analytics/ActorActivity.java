package dev.dyad.report.analytics;

import java.util.Objects;

/**
 * How active one actor is in the claims, as the store's {@code Analytics.actors} ranks it.
 *
 * @param code the country or organisation code ({@code PRK}, {@code IGOUNO})
 * @param name its name in the actor dictionary
 * @param claims claims it takes part in, as source or target (a claim on itself counts once)
 * @param asSource claims it is the source of
 * @param asTarget claims it is the target of
 * @param confirmed those of its claims that are confirmed
 * @param independentSources independent source families summed over its claims
 * @param mentions the sentences that make its claims
 */
public record ActorActivity(
    String code,
    String name,
    int claims,
    int asSource,
    int asTarget,
    int confirmed,
    int independentSources,
    int mentions) {

  public ActorActivity {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
