package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place after "in" is where an attack's victims were, not a second victim, when the sentence
 * names the victims ("killed by a US airstrike in Iraq"); with no victim named, or when the victims
 * are an armed group's ("Islamic State targets in Libya"), the place stays the target. Sentences
 * written for this test; events are "SRC>TGT TYPE" at country level.
 */
class AttackPlaceEventsTest {
  private static List<String> coded(String... sentences) {
    return Docs.lastSentenceEvents(sentences).stream()
        .map(e -> Docs.dyad(e) + " " + e.eventType())
        .sorted()
        .toList();
  }

  @Test
  void thePlaceOfNamedVictimsIsNoSecondVictim() {
    assertThat(
            coded(
                "Iranian general Qasem Soleimani led the Quds Force.",
                "He was killed by a United States military airstrike in Iraq."))
        .containsExactly("USA>IRN ASSAULT");
    assertThat(coded("Chechen rebels killed three Russian soldiers in Georgia."))
        .containsExactly("RUS>RUS ASSAULT");
  }

  @Test
  void aPlaceStaysTheTargetWhenNoStatesPeopleAreNamed() {
    assertThat(coded("US airstrikes in Syria killed dozens.")).containsExactly("USA>SYR ASSAULT");
    assertThat(coded("Egyptian warplanes struck Islamic State targets in Libya."))
        .contains("EGY>LBY ASSAULT");
  }
}
