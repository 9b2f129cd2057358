package dev.dyad.core.claims;

import java.util.List;
import java.util.Objects;

/**
 * One assessment topic from {@code topics.txt}.
 *
 * @param id lower-case-with-hyphens ("arms-race")
 * @param label the topic in words ("arms race")
 * @param triggers the phrases that name it
 * @param raises the statement's verb phrase when the risk goes up ("could fuel an arms race")
 * @param lowers the verb phrase when it goes down ("could ease an arms race")
 */
public record Topic(
    String id, String label, List<TopicTrigger> triggers, String raises, String lowers) {
  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    triggers = List.copyOf(triggers);
    Objects.requireNonNull(raises, "raises");
    Objects.requireNonNull(lowers, "lowers");
  }

  /** The verb phrase for {@code direction}. */
  public String phrase(Assessment.Direction direction) {
    return direction == Assessment.Direction.RAISES ? raises : lowers;
  }
}
