package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting of three or more states named by its parties ("the trilateral meeting of Chile, Peru
 * and Bolivia", "leaders of … gathered for a summit") is a consultation between each ordered pair,
 * also inside a phrase that opens the sentence. Sentences are invented.
 */
class MultilateralMeetingsEventsTest {
  private static final List<String> PAIRS =
      List.of(
          "CHL>PER CONSULT",
          "CHL>BOL CONSULT",
          "PER>CHL CONSULT",
          "PER>BOL CONSULT",
          "BOL>CHL CONSULT",
          "BOL>PER CONSULT");

  @Test
  void aMeetingNamedByItsPartiesIsAConsultationOfEachPair() {
    assertThat(
            Docs.dyads(
                Docs.of("The trilateral meeting of Chile, Peru and Bolivia took place in Lima.")))
        .containsExactlyInAnyOrderElementsOf(PAIRS);
  }

  @Test
  void theListInAnOpeningPhraseIsStillAList() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "During the trilateral meeting of Chile, Peru and Bolivia on March 3, 2019,"
                        + " a railway was discussed.")))
        .containsExactlyInAnyOrderElementsOf(PAIRS);
  }

  @Test
  void leadersGatheringForASummitConsultEachOther() {
    assertThat(
            Docs.dyads(
                Docs.of("Leaders of Chile, Peru and Bolivia gathered in Lima for a summit.")))
        .hasSize(6)
        .allMatch(d -> d.endsWith("CONSULT"));
  }
}
