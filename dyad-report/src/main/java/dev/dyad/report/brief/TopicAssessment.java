package dev.dyad.report.brief;

import java.util.List;
import java.util.Objects;

/**
 * The speculation in the sources on one topic.
 *
 * @param topic the topic id ("arms-race")
 * @param label the topic in words ("arms race")
 * @param independentSources distinct source families that voice it
 * @param documents distinct articles that voice it
 * @param statement the most voiced forecast on it ("Analysts say … could fuel an arms race")
 * @param quote the most direct sentence voicing that forecast
 * @param citations every source that voices the topic, ascending
 * @param assessmentIds the assessments merged under the topic, most voiced first
 */
public record TopicAssessment(
    String topic,
    String label,
    int independentSources,
    int documents,
    String statement,
    Quote quote,
    List<Integer> citations,
    List<String> assessmentIds) {

  public TopicAssessment {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(quote, "quote");
    citations = List.copyOf(citations);
    assessmentIds = List.copyOf(assessmentIds);
  }
}
