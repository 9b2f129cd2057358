package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker who says another broke the law, lied or rigged a vote accuses them (issue 11, real
 * news): the speech act is the event. Sentences written for this test; events are "SOURCE>TARGET
 * TYPE@modality".
 */
class SpokenWrongdoingEventsTest {
  private static List<String> coded(String... sentences) {
    return Docs.lastSentenceEvents(sentences).stream().map(Docs::labelled).toList();
  }

  @Test
  void sayingAnotherBrokeTheLawAccusesThem() {
    assertThat(coded("Kenyan opposition leaders said President William Ruto had broken the law."))
        .containsExactly("KENOPP>KENGOV ACCUSE@asserted");
  }

  @Test
  void claimingAVoteWasRiggedAccusesWhoeverRiggedIt() {
    assertThat(
            coded("Belarusian opposition leaders claim the Belarusian government rigged the vote."))
        .containsExactly("BLROPP>BLRGOV ACCUSE@asserted");
  }

  @Test
  void sayingAnotherObeyedTheLawAccusesNoOne() {
    assertThat(
            coded("Kenyan opposition leaders said President William Ruto had respected the law."))
        .isEmpty();
  }

  @Test
  void sayingAStateWasBehindAnAttackAccusesIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The British prime minister said that Russia was almost certainly responsible"
                        + " for the attack.")))
        .containsExactly("GBRGOV>RUS ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The British prime minister told parliament that Russia was responsible for"
                        + " the poisoning.")))
        .containsExactly("GBRGOV>RUS ACCUSE");
    assertThat(Docs.dyads(Docs.of("The Ukrainian president said Russia was behind the times.")))
        .isEmpty();
  }

  @Test
  void allegingThatAStateInterferedOrHackedIsAnAccusation() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2020, 6, 1),
                    "America's Congress met in Washington on Tuesday.",
                    "Pompeo alleged that Russia interfered in the vote.")))
        .containsExactly("USAGOV>RUS ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2020, 6, 1),
                    "America's Congress met in Washington on Tuesday.",
                    "Secretary of State Mike Pompeo claimed Iran hacked voter databases.")))
        .contains("USAGOV>IRN ACCUSE");
  }
}
