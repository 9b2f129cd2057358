package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Verbal and aid events in the forms wire news writes them (issue 11): hosts and their visiting
 * guests, hosted talks, relief to the people of a place, backing rebels as alleged by the state
 * they fight, threats of force, and requests made through a plan or answered by an act.
 */
class WireVerbalEventsTest {
  @Test
  void aVisitingGuestIsTheSourceOfTheVisitNotTheHost() {
    assertThat(
            Docs.dyads(
                Docs.of("Peru's president welcomed visiting Chilean Foreign Minister Ana Soto.")))
        .containsExactly("CHLGOV>PERGOV CONSULT");
    assertThat(Docs.dyads(Docs.of("The president of Peru is visiting Chile.")))
        .containsExactly("PERGOV>CHL CONSULT");
  }

  @Test
  void thankingAVisitingGuestIsPraiseAndTheGuestsVisit() {
    assertThat(Docs.dyads(Docs.of("Japan thanked visiting Indian Prime Minister Singh warmly.")))
        .containsExactlyInAnyOrder("INDGOV>JPN CONSULT", "JPN>INDGOV SUPPORT");
  }

  @Test
  void talksHostedByAThirdPartyAreItsMediationWithEachParty() {
    assertThat(Docs.dyads(Docs.of("Serbia and Kosovo met on Friday in talks hosted by Norway.")))
        .contains("NOR>SRB CONSULT", "NOR>XKX CONSULT", "SRB>XKX CONSULT");
  }

  @Test
  void aPlannedArrivalIsAVisitToThePlacesState() {
    assertThat(Docs.dyads(Docs.of("The Iranian president is due to arrive in Lima next week.")))
        .containsExactly("IRNGOV>PER CONSULT");
  }

  @Test
  void reliefDeliveredToPeopleOfAPlaceAidsThePlacesState() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Canada started distributing food aid to 30,000 flood victims in northern"
                        + " Pakistan.")))
        .containsExactly("CAN>PAK AID");
    assertThat(Docs.dyads(Docs.of("Canada started distributing food in its northern towns.")))
        .isEmpty();
  }

  @Test
  void repatriatingAStatesRefugeesAidsThatState() {
    assertThat(Docs.dyads(Docs.of("Norway began repatriating 300 Somali refugees on Monday.")))
        .containsExactly("NOR>SOMCVL AID");
  }

  @Test
  void helpThePraiserThanksForWasGivenToThePraiser() {
    assertThat(Docs.dyads(Docs.of("Nepal praised India's quick help after the landslide.")))
        .contains("IND>NPL AID", "NPL>IND SUPPORT");
    assertThat(Docs.dyads(Docs.of("Nepal praised India's new constitution.")))
        .doesNotContain("IND>NPL AID");
  }

  @Test
  void aStateAccusedOfBackingRebelsAidsThemAgainstTheAccuser() {
    assertThat(
            Docs.dyads(Docs.of("Mali accused Algeria on Tuesday of arming rebels in the north.")))
        .contains("MLI>DZA ACCUSE", "DZA>MLI AID");
    assertThat(Docs.dyads(Docs.of("Mali accused Algeria of arresting its traders.")))
        .doesNotContain("DZA>MLI AID");
  }

  @Test
  void aThreatToRetakeAPlaceThreatensWhoHoldsIt() {
    assertThat(
            Docs.dyads(
                Docs.of("Somalia threatened to retake the port by force from Kenyan troops.")))
        .contains("SOM>KENMIL THREATEN");
  }

  @Test
  void authorisingForceAgainstAStateThreatensIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Security Council voted on Friday to authorise the use of force against"
                        + " Libya unless it stops the shelling.")))
        .contains("IGOUNOSEC>LBY THREATEN");
    assertThat(Docs.dyads(Docs.of("The parliament voted to approve the budget."))).isEmpty();
  }

  @Test
  void anActAtSomeonesRequestAnswersTheirRequest() {
    assertThat(
            Docs.dyads(
                Docs.of("Ecuador freed 30 prisoners in response to an appeal from Pope Francis.")))
        .contains("VATGOV>ECU REQUEST");
  }

  @Test
  void aPlanCallingOnPartiesIsItsAuthorsRequest() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Ethiopia accepted an African Union proposal calling on Eritrea to pull back"
                        + " its troops.")))
        .contains("IGOAFRAFU>ERI REQUEST");
  }

  @Test
  void onlyTheSubjectCommitsToTalksWithAnother() {
    assertThat(Docs.dyads(Docs.of("Argentina is ready to resume talks with Chile on the border.")))
        .contains("ARG>CHL AGREE")
        .doesNotContain("CHL>ARG AGREE");
    assertThat(Docs.dyads(Docs.of("Argentina and Chile agreed to resume talks.")))
        .contains("ARG>CHL AGREE", "CHL>ARG AGREE");
  }

  @Test
  void troopsSentToJoinAForceAidTheForce() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Nepal will send 500 soldiers to join the U.N. peacekeeping force in Mali.")))
        .contains("NPL>IGOUNO AID");
  }

  @Test
  void armsSuppliedToRebelsOfAPlaceAidAgainstThePlacesState() {
    assertThat(
            Docs.dyads(
                Docs.of("Sudan has been supplying weapons to rebels massed along Chad's border.")))
        .anyMatch(d -> d.startsWith("SDN>TCD") && d.endsWith(" AID"));
    assertThat(Docs.dyads(Docs.of("Sudan has been supplying weapons to its own police in Darfur.")))
        .noneMatch(d -> d.startsWith("SDN>TCD"));
  }

  @Test
  void aCallForAnEndToFightingBetweenTwoStatesRequestsItOfBoth() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Brazil called for an end to the fighting between Armenia and Azerbaijan.")))
        .containsExactlyInAnyOrder("BRA>ARM REQUEST", "BRA>AZE REQUEST");
    assertThat(Docs.dyads(Docs.of("France urged restraint between India and Pakistan.")))
        .containsExactlyInAnyOrder("FRA>IND REQUEST", "FRA>PAK REQUEST");
  }

  @Test
  void welcomingADecisionNamedByItsOwnersAdjectivePraisesTheOwner() {
    assertThat(Docs.dyads(Docs.of("The United States welcomed the EU decision.")))
        .containsExactly("USA>IGOEUREEC SUPPORT");
  }

  @Test
  void anActDoneInProtestAtAnothersActIsAlsoAComplaint() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Jordan recalled its ambassador to Israel in protest at Israel's escalation at"
                        + " the mosque.")))
        .containsExactlyInAnyOrder("JOR>ISR SANCTION", "JOR>ISR ACCUSE");
  }

  @Test
  void aFailureSaidOfAnotherStateAccusesIt() {
    assertThat(Docs.dyads(Docs.of("Japan says South Korea has failed to manage exports properly.")))
        .containsExactly("JPN>KOR ACCUSE");
  }

  @Test
  void moreAttacksForetoldByTheirAuthorThreaten() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Al-Shabaab warned that more attacks on the Somali government would follow.")))
        .containsExactly("SOMREB>SOMGOV THREATEN");
  }

  @Test
  void aBodySuspendingAMemberOrAnAmountOfAidSanctionsIt() {
    assertThat(Docs.dyads(Docs.of("The African Union suspended Mali on Friday.")))
        .containsExactly("IGOAFRAFU>MLI SANCTION");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The United States said it would suspend some $70 million in aid to Mali.")))
        .containsExactly("USA>MLI SANCTION");
    assertThat(
            Docs.dyads(Docs.of("The Brazilian Senate voted to suspend President Dilma Rousseff.")))
        .doesNotContain("BRALEG>BRAGOV SANCTION");
  }

  @Test
  void anAgreementDenouncedAsADefeatIsNoWithdrawalFromIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Greece's opposition denounced the agreement with North Macedonia as a"
                        + " \"national defeat\".")))
        .doesNotContain("GRCOPP>MKD SANCTION");
  }

  @Test
  void aCommaAndAndBeforeAnActorWithItsVerbStartANewClauseNotAList() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The United States said it would suspend some $70 million in aid to Mali, and"
                        + " France suspended its cooperation with the country.")))
        .containsExactlyInAnyOrder("USA>MLI SANCTION", "FRA>MLI SANCTION");
    assertThat(Docs.dyads(Docs.of("The United States imposed sanctions on Iran, Libya, and Cuba.")))
        .containsExactlyInAnyOrder("USA>IRN SANCTION", "USA>LBY SANCTION", "USA>CUB SANCTION");
  }
}
