package dev.dyad.core.claims;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.actors.ActorMention;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds assessments in a document: sentences that forecast or weigh consequences ("could lead to an
 * arms race", "may undermine the effectiveness of sanctions") about a topic of {@link
 * TopicTaxonomy}. It reads every sentence, whether or not the coder found events there.
 *
 * <p>A sentence qualifies when it has a forecast cue outside the topic's trigger and is neither a
 * heading nor a question. A list label glued before a colon ("Escalation of the Conflict: The
 * participation … could escalate tensions") is ignored when looking for topics, since it names a
 * section rather than making a claim. One mention per topic per sentence. Thread-safe.
 */
public final class AssessmentExtractor {
  // "Regional Security Concerns: The involvement …": up to six words, then a colon.
  private static final Pattern LABEL = Pattern.compile("^\\s*[^:.!?]{1,60}?:\\s+(?=\\S)");
  private static final int CONTEXT_SENTENCES = 2;

  private final TopicTaxonomy topics;
  private final ActorMatcher matcher;
  private final ClaimActors actors;

  /** An extractor with the built-in topics and actor dictionary. */
  public AssessmentExtractor() {
    this(TopicTaxonomy.builtIn(), ActorDictionary.builtIn());
  }

  /** An extractor with these topics and actors. */
  public AssessmentExtractor(TopicTaxonomy topics, ActorDictionary dictionary) {
    this.topics = topics;
    this.matcher = new ActorMatcher(dictionary);
    this.actors = new ClaimActors(dictionary);
  }

  /** The assessment mentions of {@code doc}, a document of source family {@code familyId}. */
  public List<AssessmentMention> extract(Document doc, String familyId) {
    return extract(doc).stream()
        .map(f -> f.mention(doc.id(), doc.uri(), familyId, doc.published().date()))
        .toList();
  }

  /**
   * What voices an assessment in {@code doc}, in sentence order; the family is the caller's to add.
   */
  public List<AssessmentFact> extract(Document doc) {
    Optional<LocalDate> published = doc.published().date();
    List<AssessmentFact> out = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.kind() == Block.Kind.HEADING || isQuestion(s.text())) {
        continue;
      }
      String text = s.text();
      int bodyStart = bodyStart(text);
      Map<String, TopicMatch> firstByTopic = new LinkedHashMap<>();
      Map<String, String> cueByTopic = new LinkedHashMap<>();
      for (TopicMatch m : topics.find(text)) {
        if (m.start() < bodyStart || firstByTopic.containsKey(m.topic().id())) {
          continue;
        }
        Optional<String> cue =
            AssessmentCues.forecast(
                text.substring(bodyStart), m.start() - bodyStart, m.end() - bodyStart);
        if (cue.isPresent()) {
          firstByTopic.put(m.topic().id(), m);
          cueByTopic.put(m.topic().id(), cue.get());
        }
      }
      if (firstByTopic.isEmpty()) {
        continue;
      }
      List<String> named = actorsIn(sentences, i, published);
      for (TopicMatch m : firstByTopic.values()) {
        out.add(
            new AssessmentFact(
                s.index(),
                text,
                m.topic().id(),
                AssessmentCues.direction(text, m),
                named,
                cueByTopic.get(m.topic().id()),
                text.substring(m.start(), m.end())));
      }
    }
    return out;
  }

  static boolean isQuestion(String text) {
    return text.strip().endsWith("?");
  }

  private static int bodyStart(String text) {
    var m = LABEL.matcher(text);
    if (m.find() && m.group().strip().split("\\s+").length <= 6) {
      return m.end();
    }
    return 0;
  }

  /** Actors named in sentence {@code i}, else in the sentences just before it in its block. */
  private List<String> actorsIn(List<Sentence> sentences, int i, Optional<LocalDate> date) {
    Sentence here = sentences.get(i);
    for (int k = i; k >= 0 && k >= i - CONTEXT_SENTENCES; k--) {
      Sentence s = sentences.get(k);
      if (s.block() != here.block()) {
        break;
      }
      Set<String> codes = new LinkedHashSet<>();
      for (ActorMention m : matcher.find(s.text(), date)) {
        codes.add(actors.countryLevel(m.actor().code()));
      }
      if (!codes.isEmpty()) {
        return List.copyOf(codes);
      }
    }
    return List.of();
  }
}
