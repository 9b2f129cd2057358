package dev.dyad.core.claims;

/** Where a trigger of a topic matched in a sentence: {@code [start, end)}. */
record TopicMatch(Topic topic, TopicTrigger trigger, int start, int end) {
  boolean within(TopicMatch other) {
    return other != this
        && other.topic.equals(topic)
        && other.start <= start
        && end <= other.end
        && (other.end - other.start) > (end - start);
  }
}
