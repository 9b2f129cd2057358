package dev.dyad.report.brief;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.Topic;
import dev.dyad.core.claims.TopicTaxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Gathers assessments by topic, counting the independent sources that voice each topic. */
final class TopicAssessments {
  private TopicAssessments() {}

  static List<TopicAssessment> of(List<Assessment> assessments, Citations citations) {
    Map<String, List<Assessment>> byTopic = new LinkedHashMap<>();
    assessments.stream()
        .sorted(CorpusAnalysis.MOST_VOICED)
        .forEach(a -> byTopic.computeIfAbsent(a.topic(), k -> new ArrayList<>()).add(a));
    List<TopicAssessment> out = new ArrayList<>();
    byTopic.forEach(
        (topic, list) -> {
          List<AssessmentMention> mentions =
              list.stream().flatMap(a -> a.mentions().stream()).toList();
          TreeSet<Integer> cited = new TreeSet<>();
          mentions.forEach(m -> cited.add(citations.number(m.docId())));
          Assessment top = list.get(0);
          out.add(
              new TopicAssessment(
                  topic,
                  label(topic),
                  (int) mentions.stream().map(AssessmentMention::familyId).distinct().count(),
                  (int) mentions.stream().map(AssessmentMention::docId).distinct().count(),
                  top.statement(),
                  Evidence.assessment(top.mentions(), citations),
                  List.copyOf(cited),
                  list.stream().map(Assessment::assessmentId).toList()));
        });
    out.sort(
        Comparator.comparingInt(TopicAssessment::independentSources)
            .reversed()
            .thenComparing(Comparator.comparingInt(TopicAssessment::documents).reversed())
            .thenComparing(TopicAssessment::label));
    return out;
  }

  private static String label(String topic) {
    return TopicTaxonomy.builtIn().topic(topic).map(Topic::label).orElse(topic.replace('-', ' '));
  }
}
