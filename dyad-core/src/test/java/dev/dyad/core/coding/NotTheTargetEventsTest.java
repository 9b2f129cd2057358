package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Actors named beside an act that are not what it is done to: the state whose border places a
 * village, the agent of a participle that describes the target, and a ship's flag state, which owns
 * a seized ship rather than being abducted with it.
 */
class NotTheTargetEventsTest {
  @Test
  void theAgentOfAParticipleDescribingTheTargetIsNotTheTarget() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Cameroonian troops freed 30 farmers kidnapped by Boko Haram near the town"
                        + " of Mora.")))
        .noneMatch(d -> d.startsWith("CMRMIL>") && d.endsWith("ASSAULT"));
  }

  @Test
  void aSeizedShipIsPropertyOfItsFlagState() {
    assertThat(Docs.dyads(Docs.of("Iranian commandos seized a Greek-flagged tanker in the Gulf.")))
        .containsExactly("IRNMIL>GRC COERCE");
    assertThat(Docs.dyads(Docs.of("Somali pirates seized two Danish sailors off the coast.")))
        .allMatch(d -> d.endsWith("ASSAULT"));
  }

  @Test
  void theAgentOfANamedActIsAfterItsFirstBy() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The shooting of the protester by Belarusian police was condemned by"
                        + " Poland.")))
        .containsExactly("POL>BLRCOP ACCUSE");
  }
}
