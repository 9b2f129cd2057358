package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Blame, dares and denials in political speech: saying someone is to blame or has failed the
 * people, claiming an act was sent or paid for by someone, hitting back at someone, subpoenaing
 * someone, daring someone to do something, and denying someone's claims; whom a speaker tells is
 * not whom the words are about; alleging a state's involvement accuses it. Sentences are invented.
 */
class BlameAndDareEventsTest {
  private static final String CONGRESS = "America's Congress met in Washington on Tuesday.";

  @Test
  void sayingSomeoneIsToBlameIsAnAccusation() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    CONGRESS, "Senator Chuck Schumer said Joe Biden was to blame for the loss.")))
        .containsExactly("USALEG>USAELI ACCUSE");
  }

  @Test
  void sayingSomeoneFailedThePeopleIsAnAccusation() {
    assertThat(
            Docs.dyads(
                Docs.of(CONGRESS, "Senator Chuck Schumer said Joe Biden had betrayed the voters.")))
        .containsExactly("USALEG>USAELI ACCUSE");
  }

  @Test
  void claimingPeopleWereSentBySomeoneAccusesTheSender() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya's parliament met in Nairobi on Tuesday.",
                    "The Kenyan opposition claimed the rioters had been paid by the Kenyan"
                        + " government.")))
        .contains("KENOPP>KENGOV ACCUSE");
  }

  @Test
  void sayingAidWasSentBySomeoneAccusesNoOne() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya's parliament met in Nairobi on Tuesday.",
                    "The Kenyan opposition said the food had been sent by the Kenyan government.")))
        .doesNotContain("KENOPP>KENGOV ACCUSE");
  }

  @Test
  void hittingBackAtSomeoneIsCriticism() {
    assertThat(Docs.dyads(Docs.of(CONGRESS, "Senator Chuck Schumer hit back at Joe Biden.")))
        .containsExactly("USALEG>USAELI ACCUSE");
  }

  @Test
  void aSubpoenaIsAnInvestigation() {
    assertThat(
            Docs.dyads(Docs.of(CONGRESS, "Senator Chuck Schumer subpoenaed Joe Biden on Monday.")))
        .containsExactly("USALEG>USAELI ACCUSE");
  }

  @Test
  void daringSomeoneToActIsADemandButAChallengeToADebateIsNot() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    CONGRESS,
                    "Senator Chuck Schumer challenged Joe Biden to release his records.")))
        .containsExactly("USALEG>USAELI REQUEST");
    assertThat(
            Docs.dyads(
                Docs.of(CONGRESS, "Senator Chuck Schumer challenged Joe Biden to a debate.")))
        .doesNotContain("USALEG>USAELI REQUEST");
  }

  @Test
  void denyingSomeonesClaimsRejectsThem() {
    assertThat(
            Docs.dyads(Docs.of(CONGRESS, "Senator Chuck Schumer denied Joe Biden's allegations.")))
        .containsExactly("USALEG>USAELI REJECT");
  }

  @Test
  void whomASpeakerToldIsNotWhomTheWordsAreAbout() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    CONGRESS,
                    "Senator Chuck Schumer told reporters that Joe Biden was a disgrace.")))
        .containsExactly("USALEG>USAELI ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    CONGRESS, "Senator Chuck Schumer told CNN that Joe Biden had broken the law.")))
        .contains("USALEG>USAELI ACCUSE")
        .noneMatch(d -> d.startsWith("USALEG>USAMED"));
  }

  @Test
  void allegingAStatesInvolvementAccusesThatState() {
    assertThat(
            Docs.dyads(
                Docs.of("Both Chile and Peru have alleged Bolivian involvement in the bombing.")))
        .containsExactlyInAnyOrder("CHL>BOL ACCUSE", "PER>BOL ACCUSE");
    assertThat(Docs.dyads(Docs.of("Chile blamed Bolivia's hand in the bombing.")))
        .containsExactly("CHL>BOL ACCUSE");
  }

  @Test
  void pointingToAStatesRoleInTalksAccusesNoOne() {
    assertThat(Docs.dyads(Docs.of("Chile pointed to Bolivia's role in the peace talks.")))
        .isEmpty();
  }

  @Test
  void sayingAnActWasAStatesDoingAccusesThatState() {
    assertThat(Docs.dyads(Docs.of("Chile's foreign minister said the blast was Bolivia's doing.")))
        .containsExactly("CHLGOV>BOL ACCUSE");
  }

  @Test
  void aDemandToldFromItsReceivingEndIsARequest() {
    assertThat(
            Docs.dyads(
                Docs.of("Chile's government received a formal request from Bolivia for talks.")))
        .containsExactly("BOL>CHLGOV REQUEST");
  }
}
