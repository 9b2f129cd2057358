package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.coding.ontology.EventKind;
import dev.dyad.core.coding.ontology.EventOntology;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The material families (CAMEO 06, 07, the material side of 08, and 14 to 20) code one sentence per
 * CAMEO code at least, with that code, and leave their near misses alone ("struck a deal", "hit
 * list", "in March"). Cases in {@code coding/material/cases.jsonl}.
 */
class MaterialPatternCoverageTest {

  /** One case: a sentence that must give {@code expect}, or must give no {@code absent} type. */
  record Case(
      String id, String cameo, String sentence, String expect, String absent, String knownGap) {
    @Override
    public String toString() {
      return id + ": " + sentence;
    }
  }

  /** The CAMEO 08 codes on the material side (releases, easings, access, de-escalation). */
  private static final Set<String> MATERIAL_YIELD =
      Set.of(
          "081", "0841", "0842", "085", "086", "0861", "0862", "0863", "087", "0871", "0872",
          "0873", "0874");

  static List<Case> cases() {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in =
            MaterialPatternCoverageTest.class.getResourceAsStream("/coding/material/cases.jsonl");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(l -> !l.isBlank())
          .map(
              l -> {
                try {
                  JsonNode n = json.readTree(l);
                  return new Case(
                      n.get("id").asText(),
                      text(n, "cameo"),
                      n.get("sentence").asText(),
                      text(n, "expect"),
                      text(n, "absent"),
                      text(n, "known_gap"));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode n, String field) {
    return n.has(field) ? n.get(field).asText() : null;
  }

  static Stream<Case> positives() {
    return cases().stream().filter(c -> c.expect() != null);
  }

  static Stream<Case> nearMisses() {
    return cases().stream().filter(c -> c.absent() != null);
  }

  /**
   * Source and target at country level (IGO codes whole): these cases test the patterns and their
   * CAMEO codes; which sector an actor gets ("refugees" CVL or REF) is the actor dictionary's
   * business and has its own tests.
   */
  private static String describe(Event e) {
    return country(e.source().code())
        + ">"
        + e.target().map(t -> country(t.code())).orElse("-")
        + " "
        + e.eventType()
        + " "
        + e.mode().orElse("-");
  }

  private static String expected(String expect) {
    String[] parts = expect.split(" ", 2);
    String[] dyad = parts[0].split(">");
    return country(dyad[0]) + ">" + country(dyad[1]) + " " + parts[1];
  }

  /** The country of a code; "-" (no target) stays "-". */
  private static String country(String code) {
    return code.equals("-") || code.startsWith("IGO") || code.startsWith("NGO")
        ? code
        : code.substring(0, Math.min(3, code.length()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void codesTheEventWithItsCameoCode(Case c) {
    // A known gap is reported as skipped, with its reason, until it is fixed.
    org.junit.jupiter.api.Assumptions.assumeTrue(
        c.knownGap() == null, () -> "known gap: " + c.knownGap());
    List<Event> events = Docs.CODER.code(Docs.of(c.sentence()));
    assertThat(events)
        .as(c.sentence())
        .anySatisfy(
            e -> {
              assertThat(describe(e)).isEqualTo(expected(c.expect()));
              assertThat(e.cameo()).isEqualTo(c.cameo());
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearMisses")
  void leavesTheNearMissAlone(Case c) {
    List<Event> events = Docs.CODER.code(Docs.of(c.sentence()));
    if (c.absent().equals("*")) {
      assertThat(events).as(c.sentence()).isEmpty();
    } else {
      assertThat(events).as(c.sentence()).noneMatch(e -> e.eventType().name().equals(c.absent()));
    }
  }

  @Test
  void everyMaterialCameoCodeOfTheOntologyHasACase() {
    Set<String> wanted = new TreeSet<>();
    for (EventKind kind : EventOntology.builtIn().kinds()) {
      String code = kind.cameo();
      String root = code.substring(0, 2);
      if (Set.of("06", "07", "14", "15", "16", "17", "18", "19", "20").contains(root)
          || MATERIAL_YIELD.contains(code)) {
        wanted.add(code);
      }
    }
    Set<String> covered = new TreeSet<>();
    positives().forEach(c -> covered.add(c.cameo()));
    assertThat(covered).containsAll(wanted);
  }

  @Test
  void hasNearMissesForEveryFamily() {
    Set<String> families = new TreeSet<>();
    nearMisses().forEach(c -> families.add(c.absent()));
    assertThat(families)
        .contains(
            "ASSAULT",
            "PROTEST",
            "COERCE",
            "CONCEDE",
            "RETREAT",
            "SANCTION",
            "MOBILIZE",
            "AID",
            "COOPERATE",
            "*");
  }
}
