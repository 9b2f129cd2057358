package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Cooperation as wire news writes it: drills after a duration, advisers sent to help train an army,
 * suspects handed over with the crime named between them and the recipient.
 */
class WireCooperationEventsTest {
  @Test
  void aDrillAfterADurationIsJointDrilling() {
    assertThat(
            Docs.dyads(
                Docs.of("Omani and British troops began a three-week joint exercise on Monday.")))
        .contains("OMN>GBRMIL COOPERATE", "GBRMIL>OMN COOPERATE");
  }

  @Test
  void instructorsSentToHelpTrainAForceCooperateWithIt() {
    assertThat(Docs.dyads(Docs.of("Britain will send 40 instructors to help train Kenyan police.")))
        .containsExactly("GBR>KENCOP COOPERATE");
    assertThat(Docs.dyads(Docs.of("Britain sent troops to help defend Kenya.")))
        .doesNotContain("GBR>KEN COOPERATE");
  }

  @Test
  void suspectsHandedOverWithTheirCrimeNamedAreJudicialCooperation() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya handed over three suspects in the 2013 Westgate mall attack to"
                        + " Interpol on Friday.")))
        .contains("KEN>IGOCOPITP COOPERATE");
  }
}
