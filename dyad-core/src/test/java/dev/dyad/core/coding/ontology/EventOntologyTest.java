package dev.dyad.core.coding.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EventOntologyTest {

  private final EventOntology ontology = EventOntology.builtIn();
  private final CameoCodes cameo = CameoCodes.builtIn();

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyTypeHasADefaultRow(EventType type) {
    assertThat(ontology.kinds()).filteredOn(k -> k.type() == type && k.mode().isEmpty()).hasSize(1);
    assertThat(ontology.kind(type, Optional.empty()).mode()).isEmpty();
  }

  @Test
  void everyCameoCodeIsListedWithTheSameGoldsteinWeight() {
    for (EventKind kind : ontology.kinds()) {
      assertThat(cameo.code(kind.cameo()))
          .as("%s in %s", kind.cameo(), CameoCodes.FILE)
          .hasValueSatisfying(
              c -> assertThat(c.goldstein()).as(kind.toString()).isEqualTo(kind.intensity()));
    }
  }

  @Test
  void cameoListGivesSubcodesTheWeightTheyHaveInCameo() {
    // Spot checks against the published CAMEO Goldstein weights.
    assertThat(cameo.code("070").orElseThrow().goldstein()).isEqualTo(7.0);
    assertThat(cameo.code("072").orElseThrow().goldstein()).isEqualTo(8.3);
    assertThat(cameo.code("074").orElseThrow().goldstein()).isEqualTo(8.5);
    assertThat(cameo.code("036").orElseThrow().goldstein()).isEqualTo(4.0);
    assertThat(cameo.code("040").orElseThrow().goldstein()).isEqualTo(1.0);
    assertThat(cameo.code("112").orElseThrow().goldstein()).isEqualTo(-2.0);
    assertThat(cameo.code("163").orElseThrow().goldstein()).isEqualTo(-8.0);
    assertThat(cameo.code("190").orElseThrow().goldstein()).isEqualTo(-10.0);
    assertThat(cameo.all().values())
        .allSatisfy(c -> assertThat(c.goldstein()).isBetween(-10.0, 10.0));
  }

  @Test
  void quadClassFollowsTheCameoRoot() {
    for (EventKind kind : ontology.kinds()) {
      int root = Integer.parseInt(kind.cameo().substring(0, 2));
      int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertThat(kind.quadClass()).as(kind.toString()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "01,1", "05,1", "057,1", "06,2", "0874,2", "09,3", "100,3", "1385,3", "14,4", "163,4", "172,4",
    "204,4"
  })
  void quadClassConvention(String code, int quad) {
    assertThat(EventOntology.quadClassOf(code)).isEqualTo(quad);
  }

  @Test
  void intensitiesAreOnTheGoldsteinScale() {
    assertThat(ontology.kinds()).allSatisfy(k -> assertThat(k.intensity()).isBetween(-10.0, 10.0));
  }

  @Test
  void noDuplicateTypeAndMode() {
    Set<String> seen = new HashSet<>();
    for (EventKind kind : ontology.kinds()) {
      assertThat(seen.add(kind.type() + "/" + kind.mode().orElse(""))).as(kind.toString()).isTrue();
    }
  }

  @Test
  void cooperativeTypesScorePositiveAndConflictualNegative() {
    Set<EventType> cooperative =
        Set.of(
            EventType.AGREE,
            EventType.CONSULT,
            EventType.SUPPORT,
            EventType.CONCEDE,
            EventType.COOPERATE,
            EventType.AID,
            EventType.RETREAT);
    for (EventType type : EventType.values()) {
      double intensity = ontology.kind(type, Optional.empty()).intensity();
      if (cooperative.contains(type)) {
        assertThat(intensity).as(type.name()).isPositive();
      } else if (type != EventType.REQUEST) { // appeals are mildly cooperative in CAMEO
        assertThat(intensity).as(type.name()).isNegative();
      }
    }
  }

  @Test
  void looksUpModesAndFallsBackToTheDefault() {
    EventKind military = ontology.kind(EventType.AID, Optional.of("military"));
    assertThat(military.cameo()).isEqualTo("072");
    assertThat(military.intensity()).isEqualTo(8.3);
    assertThat(military.quadClass()).isEqualTo(2);
    assertThat(ontology.kind(EventType.CONSULT, Optional.of("phone")).cameo()).isEqualTo("041");
    assertThat(ontology.kind(EventType.SANCTION, Optional.of("economic")).cameo()).isEqualTo("163");
    assertThat(ontology.kind(EventType.AID, Optional.of("no-such-mode")))
        .isEqualTo(ontology.kind(EventType.AID, Optional.empty()));
    assertThat(ontology.kind(EventType.AID, Optional.empty()).cameo()).isEqualTo("070");
  }

  @Test
  void modesListTheBriefsExamples() {
    assertThat(ontology.modes(EventType.CONSULT))
        .contains("phone", "visit", "third-party", "multilateral");
    assertThat(ontology.modes(EventType.AID))
        .contains("economic", "military", "humanitarian", "asylum", "peacekeeping");
    assertThat(ontology.modes(EventType.COOPERATE))
        .contains("economic", "military", "intelligence", "legal");
    assertThat(ontology.modes(EventType.MOBILIZE)).contains("military", "police", "cyber");
    assertThat(ontology.modes(EventType.ASSAULT))
        .contains("aerial", "firearms", "explosives", "wmd");
    assertThat(ontology.modes(EventType.SANCTION)).contains("economic", "diplomatic", "aid");
  }

  @Test
  void builtInIsLoadedOnce() {
    assertThat(EventOntology.builtIn()).isSameAs(ontology);
  }

  private static final String HEADER =
      "event_type\tmode\tcameo\tquad_class\tintensity\tdescription";

  private static List<String> withDefaults(String... rows) {
    List<String> lines = new java.util.ArrayList<>(List.of("# test", HEADER));
    lines.addAll(List.of(rows));
    for (EventType type : EventType.values()) {
      lines.add(type + "\t\t040\t1\t1.0\tdefault");
    }
    return lines;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "AID\tmilitary\t072\t2\t8.3|columns",
        "HUG\tmilitary\t072\t2\t8.3\tx|unknown event type",
        "AID\tMilitary\t072\t2\t8.3\tx|lower-case",
        "AID\tmilitary\t72a\t2\t8.3\tx|2 to 4 digits",
        "AID\tmilitary\t072\t1\t8.3\tx|disagrees",
        "AID\tmilitary\t072\ttwo\t8.3\tx|integer",
        "AID\tmilitary\t072\t2\t18.3\tx|outside",
        "AID\tmilitary\t072\t2\thigh\tx|not a number",
        "AID\tmilitary\t072\t2\t8.3\t |empty description",
        "AID\tmilitary\t252\t4\t8.3\tx|CAMEO root",
      })
  void malformedRowsNameTheFileAndLine(String row, String problem) {
    assertThatThrownBy(() -> EventOntology.parse("bad.tsv", withDefaults(row)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("bad.tsv:3: ")
        .hasMessageContaining(problem);
  }

  @Test
  void duplicateRowsAndMissingDefaultsAreRejected() {
    assertThatThrownBy(
            () ->
                EventOntology.parse(
                    "dup.tsv",
                    withDefaults("AID\tmilitary\t072\t2\t8.3\tx", "AID\tmilitary\t072\t2\t8.3\ty")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("dup.tsv:4: duplicate");
    assertThatThrownBy(
            () -> EventOntology.parse("none.tsv", List.of(HEADER, "AID\t\t070\t2\t7.0\tx")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("none.tsv")
        .hasMessageContaining("no default row");
    assertThatThrownBy(() -> EventOntology.parse("hdr.tsv", List.of("type\tmode")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("hdr.tsv:1: expected header");
  }
}
