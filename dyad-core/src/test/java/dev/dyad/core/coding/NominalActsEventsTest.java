package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acts named by nouns (twelfth session): a visit by someone to a place, an expulsion of diplomats
 * or of a people, a led air strike on a target in a state, and an attack blamed on someone.
 */
class NominalActsEventsTest {
  @Test
  void aVisitBySomeoneToAPlaceIsTheirVisit() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The visit by Chinese President Xi Jinping to Moscow was the first since the"
                        + " invasion.")))
        .containsExactly("CHNGOV>RUS CONSULT");
  }

  @Test
  void anExpulsionOfDiplomatsIsASanctionAndOfAPeopleAMassExpulsion() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The expulsion of 20 Russian diplomats by the Czech Republic angered Moscow.")))
        .containsExactly("CZE>RUSGOV SANCTION");
    assertThat(
            Docs.dyads(
                Docs.of("The expulsion of thousands of Rohingya by Myanmar's army was condemned.")))
        .containsExactly("MMRMIL>MMRCVL ASSAULT");
  }

  @Test
  void aLedAirStrikeOnATargetInAStateStrikesIt() {
    assertThat(
            Docs.dyads(
                Docs.of("A Saudi-led airstrike on a school bus in Yemen killed 40 children.")))
        .containsExactly("SAU>YEM ASSAULT");
  }

  @Test
  void anAttackBlamedOnSomeoneIsAlleged() {
    assertThat(
            Docs.lastSentenceEvents(
                    "The attack on the Indian parliament was blamed on Pakistan-based militants.")
                .stream()
                .map(Docs::labelled))
        .allMatch(e -> e.endsWith("@alleged"))
        .isNotEmpty();
  }

  @Test
  void diplomatsOrderedToLeaveAreExpelled() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Saudi Arabia also ordered Qatari diplomats to leave the kingdom within 48 hours.")))
        .containsExactly("SAU>QATGOV SANCTION");
  }

  @Test
  void proceedingsLaunchedAgainstAStateAreNoAttack() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The European Parliament voted on Wednesday to launch disciplinary proceedings"
                        + " against Hungary.")))
        .containsExactly("IGOEUREECLEG>HUN ACCUSE");
    assertThat(Docs.dyads(Docs.of("Israel launched military action against Hamas in Gaza.")))
        .contains("ISR>PSEREB ASSAULT");
  }

  @Test
  void aTitledHoldersNameInAppositionLeavesTheTitleTheSubject() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2017, 6, 10),
                    "Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, offered to mediate between"
                        + " Riyadh and Doha.")))
        .contains("KWTGOV>SAU CONSULT", "KWTGOV>QAT CONSULT");
  }

  @Test
  void aCallToExpressCondolencesIsACallAndSupport() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(1997, 9, 1),
                    "French President Jacques Chirac telephoned Algerian President Liamine Zeroual"
                        + " on Sunday to express France's condolences and its support in the fight"
                        + " against terrorism.")))
        .containsExactlyInAnyOrder("FRAGOV>DZAGOV CONSULT", "FRAGOV>DZAGOV SUPPORT");
  }

  @Test
  void aCrowdNamedByWhomItOpposesProtestsAgainstThem() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2015, 5, 4),
                    "Demonstrators opposed to President Pierre Nkurunziza marched in Bujumbura.")))
        .contains("BDICVL>BDIGOV PROTEST");
    assertThat(Docs.dyads(Docs.of("Britain, opposed to the plan, withdrew its envoy.")))
        .noneMatch(d -> d.endsWith("PROTEST"));
  }

  @Test
  void newsMagazinesAreTheMedia() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Indonesian government on Tuesday banned the leading news magazines Tempo,"
                        + " Editor and DeTik.")))
        .containsExactly("IDNGOV>IDNMED COERCE");
  }

  @Test
  void aTradeWarAndTariffsHitBackWithAreNoCombat() {
    assertThat(Docs.dyads(Docs.of("The US and China fought a trade war in 2019."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("China and the US waged a trade war."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("China hit back at the United States with tariffs on soybeans.")))
        .containsExactly("CHN>USA SANCTION");
    assertThat(Docs.dyads(Docs.of("Israel and Hamas fought a war in 2021.")))
        .containsExactlyInAnyOrder("ISR>PSEREB ASSAULT", "PSEREB>ISR ASSAULT");
    assertThat(Docs.dyads(Docs.of("Police hit protesters with batons in Minsk.")))
        .containsExactly("BLRCOP>BLRCVL ASSAULT");
  }

  @Test
  void crimesSomeoneIsSaidToHaveCommittedAccuseThem() {
    assertThat(
            Docs.lastSentenceEvents(
                    "Human Rights Watch said Ethiopian forces had committed war crimes in Tigray.")
                .stream()
                .map(Docs::labelled))
        .contains("NGOHRW>ETHMIL ACCUSE@asserted");
    assertThat(Docs.dyads(Docs.of("Russia said Ukraine had committed war crimes.")))
        .containsExactly("RUS>UKR ACCUSE");
  }

  @Test
  void warshipsSentIntoAnothersWatersAreAShowOfForceNotAid() {
    assertThat(
            Docs.dyads(Docs.of("China sent warships to the Philippines' exclusive economic zone.")))
        .containsExactly("CHNMIL>PHL MOBILIZE");
    assertThat(Docs.dyads(Docs.of("Russia sent warships to Syria.")))
        .containsExactly("RUSMIL>SYR AID");
  }

  @Test
  void aidToldSuspendedInThePassiveIsCutAndSanctionsApprovedBySomeoneAreTheirs() {
    assertThat(Docs.dyads(Docs.of("Germany's aid to Niger was suspended after the coup.")))
        .containsExactly("DEU>NER SANCTION");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Fresh sanctions against Syria were approved by the Arab League on Sunday.")))
        .containsExactly("IGOMEAARL>SYR SANCTION");
  }
}
