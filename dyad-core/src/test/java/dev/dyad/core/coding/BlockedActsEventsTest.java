package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a state vetoes or blocks does not happen: the sanctions, condemnations and talks it stops
 * are negated, and the veto or block itself is its REJECT of whoever proposed them. Nor does what
 * it refuses or declines to do, when no REJECT pattern took the sentence.
 */
class BlockedActsEventsTest {
  private static List<String> readings(String sentence) {
    return Docs.CUED.code(Docs.of(sentence)).stream()
        .map(e -> Docs.dyad(e) + " " + e.eventType() + " " + e.modality().label())
        .toList();
  }

  @Test
  void blockedSanctionsAreNotImposed() {
    assertThat(readings("Slovakia blocked new EU sanctions against Belarus."))
        .containsExactlyInAnyOrder(
            "SVK>IGOEUREEC REJECT asserted", "IGOEUREEC>BLR SANCTION negated");
  }

  @Test
  void vetoedTalksAreNotHeld() {
    assertThat(readings("Bulgaria vetoed the start of EU membership talks with Albania."))
        .contains("BGR>ALB CONSULT negated")
        .noneMatch(r -> r.endsWith("CONSULT asserted"));
  }

  @Test
  void aVetoThatIsLikelyToBlockAMeasureIsASpeculativeRejection() {
    assertThat(
            readings(
                "A Chinese veto is likely to block any new UN Security Council resolutions on"
                    + " Burma."))
        .containsExactly("CHN>IGOUNOSEC REJECT speculative");
  }

  @Test
  void theBlockItselfStaysAsserted() {
    assertThat(readings("Chile blocked Peru's proposal."))
        .containsExactly("CHL>PER REJECT asserted");
  }

  @Test
  void whatIsRefusedOrDeclinedIsNotDone() {
    assertThat(readings("Libya refused to return the bodies of two Italian sailors."))
        .containsExactly("LBY>ITA RETREAT negated");
    assertThat(readings("Cuba declined to attend the summit in Panama."))
        .containsExactly("CUB>PAN CONSULT negated");
  }
}
