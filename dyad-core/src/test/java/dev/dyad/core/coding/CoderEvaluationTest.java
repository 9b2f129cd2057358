package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole coder as the pipeline runs it (actors, patterns, modality cues, event dates) on
 * the two annotated suites. The gold suite was read while patterns and cues were written, so its
 * figures are in-sample; the held-out suite was written blind to the coder and is never used for
 * tuning, so its figures are the honest ones. An event counts only when source, target (at country
 * level), type, modality and the historical flag all agree.
 */
class CoderEvaluationTest {
  private static final EventCoder CODER = Docs.CUED;

  record Key(String source, String target, String type, String modality, boolean historical) {
    Key withoutModality() {
      return new Key(source, target, type, "", historical);
    }
  }

  record Figures(
      GoldSuiteTest.Score full,
      GoldSuiteTest.Score dyadType,
      Map<String, GoldSuiteTest.Score> byModality,
      Map<String, GoldSuiteTest.Score> byType,
      List<CaseResult> cases) {}

  /** One case: what the annotator coded and what the coder found, at country level. */
  record CaseResult(GoldCases.GoldCase gold, Set<Key> expected, Set<Key> found) {}

  static Figures evaluate(List<GoldCases.GoldCase> cases) {
    GoldSuiteTest.Score full = new GoldSuiteTest.Score();
    GoldSuiteTest.Score dyadType = new GoldSuiteTest.Score();
    Map<String, GoldSuiteTest.Score> byModality = new TreeMap<>();
    Map<String, GoldSuiteTest.Score> byType = new TreeMap<>();
    List<CaseResult> results = new ArrayList<>();
    for (GoldCases.GoldCase c : cases) {
      Set<Key> found = new HashSet<>();
      for (Event e : CODER.code(c.document())) {
        // The gold files annotate dyadic events only (see GoldSuiteTest).
        if (e.sentenceIndex() == c.sentenceIndex() && e.dyadic()) {
          found.add(
              new Key(
                  country(e.source().code()),
                  country(e.targetCode()),
                  e.eventType().name(),
                  e.modality().label(),
                  e.historical()));
        }
      }
      Set<Key> gold = new HashSet<>();
      for (GoldCases.GoldEvent g : c.events()) {
        gold.add(
            new Key(
                country(g.source()), country(g.target()), g.type(), g.modality(), g.historical()));
      }
      tally(found, gold, full, byModality);
      tally(strip(found), strip(gold), dyadType, null);
      tallyByType(strip(found), strip(gold), byType);
      results.add(new CaseResult(c, gold, found));
    }
    return new Figures(full, dyadType, byModality, byType, results);
  }

  private static Set<Key> strip(Set<Key> keys) {
    Set<Key> out = new HashSet<>();
    keys.forEach(k -> out.add(k.withoutModality()));
    return out;
  }

  private static void tally(
      Set<Key> found,
      Set<Key> gold,
      GoldSuiteTest.Score s,
      Map<String, GoldSuiteTest.Score> byModality) {
    for (Key k : found) {
      boolean hit = gold.contains(k);
      s.tp += hit ? 1 : 0;
      s.fp += hit ? 0 : 1;
      if (byModality != null) {
        GoldSuiteTest.Score m =
            byModality.computeIfAbsent(k.modality(), x -> new GoldSuiteTest.Score());
        m.tp += hit ? 1 : 0;
        m.fp += hit ? 0 : 1;
      }
    }
    for (Key k : gold) {
      if (!found.contains(k)) {
        s.fn++;
        if (byModality != null) {
          byModality.computeIfAbsent(k.modality(), x -> new GoldSuiteTest.Score()).fn++;
        }
      }
    }
  }

  private static void tallyByType(
      Set<Key> found, Set<Key> gold, Map<String, GoldSuiteTest.Score> byType) {
    for (Key k : found) {
      GoldSuiteTest.Score t = byType.computeIfAbsent(k.type(), x -> new GoldSuiteTest.Score());
      if (gold.contains(k)) {
        t.tp++;
      } else {
        t.fp++;
      }
    }
    for (Key k : gold) {
      if (!found.contains(k)) {
        byType.computeIfAbsent(k.type(), x -> new GoldSuiteTest.Score()).fn++;
      }
    }
  }

  private static String country(String code) {
    return code.startsWith("IGO") ? code : code.substring(0, Math.min(3, code.length()));
  }

  private static void print(String name, Figures f) {
    System.out.println(name);
    System.out.println("  dyad+type+modality+historical " + f.full());
    System.out.println("  dyad+type+historical          " + f.dyadType());
    f.byModality().forEach((m, s) -> System.out.printf("    %-12s %s%n", m, s));
  }

  static void printByType(Figures f) {
    System.out.println("  by type, dyad+type+historical:");
    f.byType().forEach((t, s) -> System.out.printf("    %-12s %s%n", t, s));
  }

  @Test
  void scoresTheInSampleGoldSuite() {
    Figures f = evaluate(GoldCases.all());
    print("Coder on the gold suite (in-sample):", f);
    assertThat(f.full().precision()).isGreaterThanOrEqualTo(0.6);
  }

  /**
   * The wire-style development suite (coding/wire-dev): written blind, then read while the coder
   * was extended, so its figures are in-sample. Every case's gold and found events go to
   * target/wire-dev-cases.txt for reading.
   */
  @Test
  void scoresTheWireDevelopmentSuite() throws IOException {
    Figures f = evaluate(GoldCases.wireDevelopment());
    print("Coder on the wire development suite (read, in-sample):", f);
    printByType(f);
    StringBuilder out = new StringBuilder();
    for (CaseResult r : f.cases()) {
      Set<Key> missed = strip(r.expected());
      missed.removeAll(strip(r.found()));
      Set<Key> wrong = strip(r.found());
      wrong.removeAll(strip(r.expected()));
      out.append(missed.isEmpty() && wrong.isEmpty() ? "ok   " : "MISS ")
          .append(r.gold().id())
          .append("  ")
          .append(r.gold().sentence())
          .append('\n');
      missed.forEach(k -> out.append("    missed ").append(k).append('\n'));
      wrong.forEach(k -> out.append("    wrong  ").append(k).append('\n'));
    }
    Path report = Path.of("target", "wire-dev-cases.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, out);
    assertThat(f.dyadType().precision()).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void scoresTheBlindHeldOutSuite() {
    Figures f = evaluate(GoldCases.heldOut());
    print("Coder on the held-out suite (blind):", f);
    // A floor that catches regressions; the figures themselves go in the notes.
    assertThat(f.full().precision()).isGreaterThanOrEqualTo(0.5);
  }
}
