package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Violence named by a noun (issue 11, real news): "the police shooting of X", "the shooting of
 * protesters by soldiers", "the killing of X by Y", "an airstrike by X on Y". Bare role words take
 * the country of the place the sentence names. Sentences written for this test; events are
 * "SOURCE>TARGET TYPE".
 */
class NominalViolenceEventsTest {
  private static List<String> coded(String... sentences) {
    return Docs.lastSentenceEvents(sentences).stream()
        .map(e -> e.source().code() + ">" + e.targetCode() + " " + e.eventType())
        .sorted()
        .toList();
  }

  @Test
  void aPoliceShootingOfSomeoneIsPoliceViolenceAgainstTheCiviliansOfThePlace() {
    assertThat(coded("The fatal police shooting of a teenager in Marseille drew anger."))
        .containsExactly("FRACOP>FRACVL ASSAULT");
    assertThat(coded("The police shooting of a Black man in Minneapolis drew anger."))
        .containsExactly("USACOP>USACVL ASSAULT");
  }

  @Test
  void theAgentAfterByShootsOrKillsTheVictimsBeforeIt() {
    assertThat(coded("The shooting of protesters in Lagos by soldiers drew anger."))
        .containsExactly("NGAMIL>NGACVL ASSAULT");
    assertThat(coded("The killing of two Palestinians by Israeli troops drew anger."))
        .containsExactly("ISRMIL>PSE ASSAULT");
    assertThat(coded("An airstrike by Israel on Gaza killed ten."))
        .containsExactly("ISR>PSE ASSAULT");
  }

  @Test
  void aShootingThatHurtsNoOneCodesNothing() {
    assertThat(coded("The shooting of a film in Paris was delayed.")).isEmpty();
    assertThat(coded("The shooting of the new series by the BBC ended in Leeds.")).isEmpty();
  }

  @Test
  void aNamedVictimOfAnActDoneToHimIsAPersonOfThePlace() {
    assertThat(
            coded(
                "Protests spread across the United States on Monday.",
                "The anger began with the police killing of Dwayne Okafor in Houston in May."))
        .containsExactly("USACOP>USACVL ASSAULT");
  }

  @Test
  void anAttackThatKilledSomeoneIsTheAttackersAgainstTheVictimsCountry() {
    assertThat(
            coded(
                "Tehran vowed revenge for the Israeli airstrike that killed Iranian commanders in"
                    + " Damascus."))
        .contains("ISR>IRNMIL ASSAULT");
  }

  @Test
  void anAttackWhoseAgentIsInAnAppositionIsThatAgentsAssault() {
    assertThat(coded("The ambush, carried out by Boko Haram, killed nine Nigerian soldiers."))
        .containsExactly("NGAREB>NGAMIL ASSAULT");
    assertThat(coded("The ambush, seen by Boko Haram, killed nine Nigerian soldiers.")).isEmpty();
  }
}
