package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.modality.ModalityReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Scores the coder against the hand-annotated gold suite and prints the figures. Modality comes
 * from a stand-in detector that says "asserted", so the figures here ignore modality; the real
 * detector is wired in by the pipeline. The assertion is a floor that catches regressions, not a
 * target.
 */
class GoldSuiteTest {
  private static final EventCoder CODER =
      new EventCoder(
          new ActorMatcher(ActorDictionary.builtIn()),
          (tokens, span) -> ModalityReading.ASSERTED,
          EventDater.PUBLISHED);

  /** Counts of true positives, false positives and false negatives. */
  static final class Score {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
          precision(), recall(), f1(), tp, fp, fn);
    }
  }

  record Key(String source, String target, String type) {}

  @Test
  void scoresTheGoldSuite() {
    Score exact = new Score();
    Score country = new Score();
    Map<String, Score> byType = new TreeMap<>();
    Map<String, Score> byModality = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> exactMisses = new ArrayList<>();
    for (GoldCases.GoldCase c : GoldCases.all()) {
      List<Event> events =
          CODER.code(c.document()).stream()
              .filter(e -> e.sentenceIndex() == c.sentenceIndex())
              .toList();
      score(c, events, e -> e, exact, null, null, exactMisses);
      score(c, events, GoldSuiteTest::country, country, byType, byModality, misses);
    }
    System.out.println("Gold suite, modality ignored (stand-in detector):");
    System.out.println("  exact codes   " + exact);
    System.out.println("  country level " + country);
    System.out.println("  per type (country level):");
    byType.forEach((t, s) -> System.out.printf("    %-10s %s%n", t, s));
    System.out.println("  recall per gold modality (country level):");
    byModality.forEach((m, s) -> System.out.printf("    %-12s %s%n", m, s));
    System.out.println("  worst cases, exact codes:");
    exactMisses.stream()
        .limit(Long.getLong("gold.misses", 40) / 2)
        .forEach(m -> System.out.println("    " + m));
    System.out.println("  worst cases, country level:");
    misses.stream()
        .limit(Long.getLong("gold.misses", 40))
        .forEach(m -> System.out.println("    " + m));
    assertThat(country.precision()).as("country-level precision").isGreaterThanOrEqualTo(0.5);
  }

  private static Key country(Key k) {
    return new Key(prefix(k.source()), prefix(k.target()), k.type());
  }

  private static String prefix(String code) {
    return code.startsWith("IGO") ? code : code.substring(0, Math.min(3, code.length()));
  }

  private static void score(
      GoldCases.GoldCase c,
      List<Event> events,
      Function<Key, Key> view,
      Score total,
      Map<String, Score> byType,
      Map<String, Score> byModality,
      List<String> misses) {
    Map<Key, Integer> gold = new HashMap<>();
    Map<Key, String> goldModality = new HashMap<>();
    for (GoldCases.GoldEvent g : c.events()) {
      Key k = view.apply(new Key(g.source(), g.target(), g.type()));
      gold.merge(k, 1, Integer::sum);
      goldModality.put(k, g.modality());
    }
    Map<Key, Integer> found = new HashMap<>();
    for (Event e : events) {
      if (!e.dyadic()) {
        // The gold files annotate dyadic events only; events with no target are measured by
        // TargetlessEventsTest and by hand on Wikinews (docs/evaluation.md).
        continue;
      }
      found.merge(
          view.apply(new Key(e.source().code(), e.targetCode(), e.eventType().name())),
          1,
          Integer::sum);
    }
    List<String> wrong = new ArrayList<>();
    for (Key k : found.keySet()) {
      boolean hit = gold.containsKey(k);
      total.tp += hit ? 1 : 0;
      total.fp += hit ? 0 : 1;
      if (byType != null) {
        Score s = byType.computeIfAbsent(k.type(), t -> new Score());
        s.tp += hit ? 1 : 0;
        s.fp += hit ? 0 : 1;
        if (hit) {
          byModality.computeIfAbsent(goldModality.get(k), t -> new Score()).tp++;
        }
      }
      if (!hit) {
        wrong.add("+" + k.source() + ">" + k.target() + " " + k.type());
      }
    }
    for (Key k : gold.keySet()) {
      if (!found.containsKey(k)) {
        total.fn++;
        if (byType != null) {
          byType.computeIfAbsent(k.type(), t -> new Score()).fn++;
          byModality.computeIfAbsent(goldModality.get(k), t -> new Score()).fn++;
        }
        wrong.add("-" + k.source() + ">" + k.target() + " " + k.type());
      }
    }
    if (misses != null && !wrong.isEmpty()) {
      misses.add(
          c.id() + " [" + wrong.size() + "] " + String.join(" ", wrong) + " | " + c.sentence());
      misses.sort(Comparator.comparingInt(GoldSuiteTest::errors).reversed());
    }
  }

  private static int errors(String miss) {
    int open = miss.indexOf('[');
    return Integer.parseInt(miss.substring(open + 1, miss.indexOf(']')));
  }
}
