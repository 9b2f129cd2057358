package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a state vetoes or blocks does not happen: the sanctions, condemnations and talks it stops
 * are negated, and the veto or block itself is its REJECT of whoever proposed them. Nor does what
 * it refuses or declines to do, when no REJECT pattern took the sentence.
 */
class BlockedActsEventsTest {
  @Test
  void blockedSanctionsAreNotImposed() {
    assertThat(Docs.readings("Slovakia blocked new EU sanctions against Belarus."))
        .containsExactlyInAnyOrder(
            "SVK>IGOEUREEC REJECT asserted", "IGOEUREEC>BLR SANCTION negated");
  }

  @Test
  void vetoedTalksAreNotHeld() {
    assertThat(Docs.readings("Bulgaria vetoed the start of EU membership talks with Albania."))
        .contains("BGR>ALB CONSULT negated")
        .noneMatch(r -> r.endsWith("CONSULT asserted"));
  }

  @Test
  void aVetoThatIsLikelyToBlockAMeasureIsASpeculativeRejection() {
    assertThat(
            Docs.readings(
                "A Chinese veto is likely to block any new UN Security Council resolutions on"
                    + " Burma."))
        .containsExactly("CHN>IGOUNOSEC REJECT speculative");
  }

  @Test
  void theBlockItselfStaysAsserted() {
    assertThat(Docs.readings("Chile blocked Peru's proposal."))
        .containsExactly("CHL>PER REJECT asserted");
  }

  @Test
  void whatIsRefusedOrDeclinedIsNotDone() {
    assertThat(Docs.readings("Libya refused to return the bodies of two Italian sailors."))
        .containsExactly("LBY>ITA RETREAT negated");
    assertThat(Docs.readings("Cuba declined to attend the summit in Panama."))
        .containsExactly("CUB>PAN CONSULT negated");
  }
}
