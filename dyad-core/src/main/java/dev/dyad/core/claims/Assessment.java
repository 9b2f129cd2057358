package dev.dyad.core.claims;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What analysts say events could lead to, merged across sentences and reports. An assessment is
 * never an event: "could fuel an arms race" is a forecast about an arms race, not one.
 *
 * @param assessmentId stable id: a hash of topic, direction and the earliest mention's document and
 *     sentence
 * @param topic the topic id from {@code topics.txt} ("arms-race")
 * @param direction whether the sentences say the risk or likelihood goes up or down
 * @param actors country-level codes named in the mentions, most often named first
 * @param statement in plain English ("Analysts say developments involving North Korea, Russia and
 *     South Korea could fuel an arms race")
 * @param documents distinct documents that voice it
 * @param independentSources distinct source families among them
 * @param mentions one per sentence, earliest first
 */
public record Assessment(
    String assessmentId,
    String topic,
    Direction direction,
    List<String> actors,
    String statement,
    int documents,
    int independentSources,
    List<AssessmentMention> mentions) {

  /** Which way a forecast points for its topic's risk or likelihood. */
  public enum Direction {
    RAISES,
    LOWERS;

    /** The label in output: the lower-case name. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Assessment {
    Objects.requireNonNull(assessmentId, "assessmentId");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(direction, "direction");
    actors = List.copyOf(actors);
    Objects.requireNonNull(statement, "statement");
    mentions = List.copyOf(mentions);
  }
}
