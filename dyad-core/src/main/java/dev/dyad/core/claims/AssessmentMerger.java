package dev.dyad.core.claims;

import dev.dyad.core.actors.ActorDictionary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges assessment mentions into {@link Assessment}s: same topic, same direction, published in the
 * same calendar quarter (as claims keep to one, {@link ClaimQuarter}: a busy topic's forecasts are
 * merged again a quarter at a time, not over the whole corpus), and actor sets that overlap at
 * country level. Overlap is taken transitively (union-find over actor codes per topic and
 * direction), which makes the result independent of the order of adds and each add nearly O(1).
 * Mentions that name no actor form one assessment per topic and direction. Incremental and not
 * thread-safe.
 */
public final class AssessmentMerger {
  private static final Comparator<AssessmentMention> CHRONOLOGICAL =
      Comparator.comparing(
              (AssessmentMention m) -> m.published().orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(AssessmentMention::docId)
          .thenComparingInt(AssessmentMention::sentenceIndex);
  private static final Comparator<Assessment> ORDER =
      Comparator.comparingInt(Assessment::independentSources)
          .reversed()
          .thenComparing(Comparator.comparingInt(Assessment::documents).reversed())
          .thenComparing(Assessment::topic)
          .thenComparing(Assessment::direction)
          .thenComparing(Assessment::assessmentId);
  private static final String NO_ACTOR = "";

  private final TopicTaxonomy topics;
  private final ClaimActors actors;
  private final Map<String, Forest> forests = new HashMap<>();
  private final Set<String> seen = new HashSet<>();

  /** A merger with the built-in topics and actor names. */
  public AssessmentMerger() {
    this(TopicTaxonomy.builtIn(), ActorDictionary.builtIn());
  }

  /**
   * A merger that phrases statements from {@code topics} and names actors with {@code dictionary}.
   */
  public AssessmentMerger(TopicTaxonomy topics, ActorDictionary dictionary) {
    this.topics = topics;
    this.actors = new ClaimActors(dictionary);
  }

  /** Adds one mention; the same sentence, topic and direction added again counts once. */
  public void add(AssessmentMention m) {
    Objects.requireNonNull(m, "m");
    if (!seen.add(m.docId() + "#" + m.sentenceIndex() + "#" + m.topic() + "#" + m.direction())) {
      return;
    }
    forests.computeIfAbsent(group(m), k -> new Forest()).add(m);
  }

  /**
   * The mentions an assessment may gather share this text: {@code topic|direction|quarter}, the
   * quarter of publication ({@code 2024Q3}) or empty for a mention with no publication date. A
   * caller that keeps mentions by it (a store) merges again only the groups new mentions fall in.
   */
  public static String group(AssessmentMention m) {
    return group(m.topic(), m.direction(), m.published());
  }

  /** As {@link #group(AssessmentMention)}, from a mention's topic, direction and publication. */
  public static String group(
      String topic, Assessment.Direction direction, Optional<LocalDate> published) {
    return topic + "|" + direction.label() + "|" + published.map(ClaimQuarter::label).orElse("");
  }

  /** Adds every mention. */
  public void addAll(Collection<AssessmentMention> mentions) {
    mentions.forEach(this::add);
  }

  /** Every assessment so far: the most independently sourced first. */
  public List<Assessment> assessments() {
    List<Assessment> all = new ArrayList<>();
    for (Forest forest : forests.values()) {
      for (List<AssessmentMention> group : forest.groups()) {
        all.add(assessment(group));
      }
    }
    all.sort(ORDER);
    return all;
  }

  private Assessment assessment(List<AssessmentMention> group) {
    List<AssessmentMention> mentions = new ArrayList<>(group);
    mentions.sort(CHRONOLOGICAL);
    AssessmentMention first = mentions.get(0);
    // Most documents first; on a tie, the actor named earlier in its sentences (the subject).
    Map<String, Set<String>> docsNaming = new HashMap<>();
    Map<String, Integer> positions = new HashMap<>();
    Map<String, Integer> namings = new HashMap<>();
    Set<String> documents = new HashSet<>();
    Set<String> families = new HashSet<>();
    for (AssessmentMention m : mentions) {
      for (int i = 0; i < m.actors().size(); i++) {
        String a = m.actors().get(i);
        docsNaming.computeIfAbsent(a, k -> new HashSet<>()).add(m.docId());
        positions.merge(a, i, Integer::sum);
        namings.merge(a, 1, Integer::sum);
      }
      documents.add(m.docId());
      families.add(m.familyId());
    }
    List<String> codes = new ArrayList<>(docsNaming.keySet());
    codes.sort(
        Comparator.comparing((String c) -> -docsNaming.get(c).size())
            .thenComparing(c -> -namings.get(c))
            .thenComparingDouble(c -> positions.get(c) / (double) namings.get(c))
            .thenComparing(c -> c));
    String phrase =
        topics
            .topic(first.topic())
            .map(t -> t.phrase(first.direction()))
            .orElse(
                (first.direction() == Assessment.Direction.RAISES ? "could raise " : "could lower ")
                    + "the risk of "
                    + first.topic());
    String statement = "Analysts say " + subject(codes) + " " + phrase;
    String id =
        ClaimHash.of(
            first.topic(),
            first.direction().name(),
            first.docId(),
            Integer.toString(first.sentenceIndex()));
    return new Assessment(
        id,
        first.topic(),
        first.direction(),
        codes,
        statement,
        documents.size(),
        families.size(),
        mentions);
  }

  private String subject(List<String> codes) {
    if (codes.isEmpty()) {
      return "these developments";
    }
    // Neutral wording: the actors named may be allies or rivals ("South Korea and Japan").
    List<String> names = codes.stream().limit(3).map(c -> actors.phrase(actors.actor(c))).toList();
    String list =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    return "developments involving " + list;
  }

  /** Union-find over actor codes for one topic and direction, each root holding its mentions. */
  private static final class Forest {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, List<AssessmentMention>> members = new LinkedHashMap<>();

    void add(AssessmentMention m) {
      List<String> codes = m.actors().isEmpty() ? List.of(NO_ACTOR) : m.actors();
      String root = root(codes.get(0));
      for (String code : codes.subList(1, codes.size())) {
        root = union(root, root(code));
      }
      members.computeIfAbsent(root, k -> new ArrayList<>()).add(m);
    }

    List<List<AssessmentMention>> groups() {
      return List.copyOf(members.values());
    }

    private String root(String code) {
      parent.putIfAbsent(code, code);
      String r = code;
      while (!parent.get(r).equals(r)) {
        r = parent.get(r);
      }
      parent.put(code, r); // path shortening
      return r;
    }

    private String union(String a, String b) {
      if (a.equals(b)) {
        return a;
      }
      List<AssessmentMention> ma = members.getOrDefault(a, List.of());
      List<AssessmentMention> mb = members.getOrDefault(b, List.of());
      // Smaller into larger keeps the total cost of moving mentions O(n log n).
      String big = ma.size() >= mb.size() ? a : b;
      String small = big.equals(a) ? b : a;
      parent.put(small, big);
      List<AssessmentMention> moved = members.remove(small);
      if (moved != null) {
        members.computeIfAbsent(big, k -> new ArrayList<>()).addAll(moved);
      }
      return big;
    }
  }
}
