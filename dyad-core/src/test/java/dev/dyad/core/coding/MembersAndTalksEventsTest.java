package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Bodies that suspend or veto their members (CAMEO 161, 129), and leaders who speak with each other
 * (CAMEO 040) but not with the press (a statement, 010).
 */
class MembersAndTalksEventsTest {
  @Test
  void aBodySuspendsAMember() {
    assertThat(Docs.dyads(Docs.of("The African Union suspended Mali after the coup.")))
        .containsExactly("IGOAFRAFU>MLI SANCTION");
    assertThat(Docs.dyads(Docs.of("ECOWAS suspended Guinea's membership.")))
        .containsExactly("IGOWAFWAS>GIN SANCTION");
    // Aid suspended is aid cut, to the same target.
    assertThat(Docs.dyads(Docs.of("The US suspended aid to Mali after the coup.")))
        .containsExactly("USA>MLI SANCTION");
  }

  @Test
  void membersVetoTheBodysBudget() {
    assertThat(Docs.dyads(Docs.of("Poland and Hungary vetoed the EU budget.")))
        .containsExactly("HUN>IGOEUREEC REJECT", "POL>IGOEUREEC REJECT");
  }

  @Test
  void leadersWhoSpeakWithEachOtherConsult() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Indian Prime Minister Narendra Modi spoke with Saudi Crown Prince Mohammed"
                        + " bin Salman.")))
        .containsExactly("INDGOV>SAUGOV CONSULT", "SAUGOV>INDGOV CONSULT");
  }

  @Test
  void speakingToReportersConsultsNobody() {
    assertThat(Docs.dyads(Docs.of("The Iranian foreign minister spoke to reporters in Tehran.")))
        .isEmpty();
  }

  @Test
  void calmAskedForInAStateIsAskedOfIt() {
    assertThat(Docs.dyads(Docs.of("The Pope called for an end to the violence in Sudan.")))
        .containsExactly("VATGOV>SDN REQUEST");
    assertThat(Docs.dyads(Docs.of("The UN Secretary-General appealed for calm in Kenya.")))
        .containsExactly("IGOUNO>KEN REQUEST");
  }

  @Test
  void aVisitOneIsInvitedToIsOnlyPlanned() {
    assertThat(
            Docs.lastSentenceEvents(
                    "The Saudi king invited Iranian President Ebrahim Raisi to visit Riyadh.")
                .stream()
                .map(Docs::labelled))
        .contains("IRNGOV>SAU CONSULT@planned")
        .doesNotContain("IRNGOV>SAU CONSULT@asserted");
  }

  @Test
  void foreignTroopsAParliamentVotesToExpelAreNotYetExpelledNorAPeople() {
    assertThat(
            Docs.lastSentenceEvents("Iraq's parliament voted to expel US troops from the country.")
                .stream()
                .map(Docs::labelled))
        .containsExactly("IRQLEG>USAMIL SANCTION@planned");
  }

  @Test
  void suspendedTalksAreNoMeetingInEitherDirection() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Turkish government suspended peace talks with the PKK after a bomb"
                        + " attack in Ankara.")))
        .containsExactly("TURGOV>TURREB SANCTION");
  }
}
