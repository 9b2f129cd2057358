package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.coding.patterns.EventPattern;
import dev.dyad.core.coding.patterns.PatternBook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verbal and diplomatic families (AGREE, CONSULT, SUPPORT, CONCEDE, REQUEST, ACCUSE, REJECT,
 * THREATEN; CAMEO roots 01-05 and 08-13) on sentences written for this test ({@code
 * coding/verbal/cases.jsonl}): each positive case names the CAMEO code it stands for and the events
 * it must give, at country level, with their mode and, where it matters, modality; each negative
 * case names events it must not give. Every CAMEO code those families' patterns can produce has a
 * positive case. The real modality detector runs, so PLOVER's conventions are checked whole: a
 * commitment is an asserted AGREE and the act it promises is planned.
 */
class VerbalPatternCoverageTest {
  private static final EventCoder CODER = Docs.CUED_PUBLISHED;
  private static final Set<EventType> VERBAL =
      EnumSet.of(
          EventType.AGREE,
          EventType.CONSULT,
          EventType.SUPPORT,
          EventType.CONCEDE,
          EventType.REQUEST,
          EventType.ACCUSE,
          EventType.REJECT,
          EventType.THREATEN);
  private static final String FILE = "/coding/verbal/cases.jsonl";

  /** One case: a positive one has {@code expect}, a negative one {@code absent}. */
  record Case(String id, String cameo, String sentence, List<String> expect, List<String> absent) {
    @Override
    public String toString() {
      return id + ": " + sentence;
    }
  }

  /** A coded event as the cases write it: "RUS>UKR REQUEST demand-de-escalate", modality apart. */
  record Found(String dyad, String type, String mode, String modality) {
    String text() {
      return dyad + " " + type + " " + mode + "@" + modality;
    }
  }

  static List<Case> cases() {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (InputStream in = VerbalPatternCoverageTest.class.getResourceAsStream(FILE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        cases.add(
            new Case(
                node.get("id").asText(),
                node.hasNonNull("cameo") ? node.get("cameo").asText() : null,
                node.get("sentence").asText(),
                strings(node.get("expect")),
                strings(node.get("absent"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  static Stream<Case> positives() {
    return cases().stream().filter(c -> !c.expect().isEmpty());
  }

  static Stream<Case> negatives() {
    return cases().stream().filter(c -> !c.absent().isEmpty());
  }

  private static List<Found> code(String sentence) {
    List<Found> found = new ArrayList<>();
    for (Event e : CODER.code(Docs.of(sentence))) {
      found.add(
          new Found(
              // "-": an event with no target, which no case here expects.
              Docs.dyad(e), e.eventType().name(), e.mode().orElse("-"), e.modality().label()));
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void codesTheEventsOfEachCameoCode(Case c) {
    List<Found> found = code(c.sentence());
    for (String expected : c.expect()) {
      String[] parts = expected.split("@");
      String what = parts[0];
      assertThat(found)
          .as("%s in %s", expected, found.stream().map(Found::text).toList())
          .anySatisfy(
              f -> {
                assertThat(f.dyad() + " " + f.type() + " " + f.mode()).isEqualTo(what);
                if (parts.length > 1) {
                  assertThat(f.modality()).isEqualTo(parts[1]);
                }
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void doesNotCodeNearMisses(Case c) {
    List<Found> found = code(c.sentence());
    for (String absent : c.absent()) {
      if (absent.equals("*")) {
        assertThat(found).as(c.sentence()).isEmpty();
        continue;
      }
      String[] parts = absent.split("@");
      assertThat(found)
          .as("%s must not be coded in: %s", absent, c.sentence())
          .noneSatisfy(
              f -> {
                String[] what = parts[0].split(" ");
                if (what.length == 2) {
                  assertThat(f.dyad()).isEqualTo(what[0]);
                }
                assertThat(f.type()).isEqualTo(what[what.length - 1]);
                if (parts.length > 1) {
                  assertThat(f.modality()).isEqualTo(parts[1]);
                }
              });
    }
  }

  /**
   * Every CAMEO code that a verbal family's pattern can give has a positive case, and each case's
   * first expected event has the CAMEO code the case is filed under.
   */
  @Test
  void everyCameoCodeOfTheVerbalFamiliesHasACase() {
    EventOntology ontology = EventOntology.builtIn();
    Set<String> produced = new TreeSet<>();
    for (EventPattern p : PatternBook.builtIn().patterns()) {
      if (VERBAL.contains(p.type())) {
        produced.add(ontology.kind(p.type(), p.mode()).cameo());
      }
    }
    Set<String> covered = new TreeSet<>();
    positives()
        .forEach(
            c -> {
              String[] first = c.expect().get(0).split("@")[0].split(" ");
              EventType type = EventType.valueOf(first[1]);
              Optional<String> mode =
                  first[2].equals("-") ? Optional.empty() : Optional.of(first[2]);
              assertThat(ontology.kind(type, mode).cameo()).as(c.id()).isEqualTo(c.cameo());
              covered.add(c.cameo());
            });
    assertThat(covered).containsAll(produced);
    assertThat(produced).hasSizeGreaterThan(150);
  }
}
