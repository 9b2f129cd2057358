package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's domestic families on sentences written for this test: a country's authorities acting
 * on its own people, rebels on its own army, protests aimed at a leader, and forces moved or called
 * up toward a named border. Events are "SRC>TGT TYPE" at country level.
 */
class DomesticProtestEventsTest {
  private static List<String> coded(String sentence) {
    return Docs.lastSentenceEvents(sentence).stream()
        .map(e -> Docs.dyad(e) + " " + e.eventType())
        .sorted()
        .toList();
  }

  @Test
  void authoritiesNamedByCountryArrestTheirOwnPeople() {
    assertThat(coded("Nigerian police detained 40 students on Friday."))
        .containsExactly("NGA>NGA COERCE");
    assertThat(coded("Zambian authorities have arrested at least 20 journalists."))
        .containsExactly("ZMB>ZMB COERCE");
  }

  @Test
  void anArrestByAnAgentOfNoCountryCodesNothing() {
    assertThat(coded("Officials arrested 40 protesters on Friday.")).isEmpty();
  }

  @Test
  void rebelsLendNoCountryToTheForcesTheyFightAndSoldiersAbroadLendNothing() {
    // Rebels often fight another state's forces ("Hamas fighters attacked troops"): a bare police
    // convoy they ambush stays without a country, and nothing is coded.
    assertThat(coded("Peruvian rebels ambushed a police convoy on Sunday.")).isEmpty();
    assertThat(coded("Peruvian rebels ambushed a Peruvian police convoy on Sunday."))
        .containsExactly("PER>PER ASSAULT");
    // Soldiers act abroad: "rebels" stay without a country.
    assertThat(coded("Russian troops attacked rebels on Tuesday.")).isEmpty();
  }

  @Test
  void aMarchDemandingALeadersResignationIsAProtestAgainstHimAndARequest() {
    assertThat(
            coded(
                "Thousands of workers marched in Lima on Tuesday demanding that President Alberto"
                    + " Fujimori resign."))
        .containsExactly("PER>PER PROTEST", "PER>PER REQUEST");
    assertThat(
            coded(
                "Hundreds of students rallied in Manila calling for the ouster of President Joseph"
                    + " Estrada."))
        .contains("PHL>PHL PROTEST");
  }

  @Test
  void protestsAgainstALeaderDuringWhichPoliceArrestGiveBothEvents() {
    assertThat(
            coded(
                "Zimbabwean police arrested 60 people in Harare during protests against President"
                    + " Robert Mugabe."))
        .containsExactly("ZWE>ZWE COERCE", "ZWE>ZWE PROTEST");
  }

  @Test
  void aStateOpposedToAPlanIsNoProtest() {
    assertThat(coded("Britain is opposed to the French plan.")).isEmpty();
  }

  @Test
  void forcesMovedOrCalledUpTowardABorderMobiliseAgainstItsOwner() {
    assertThat(coded("Pakistan rushed troops to the border with India."))
        .containsExactly("PAK>IND MOBILIZE");
    assertThat(coded("Greece called up reservists and sent tanks along the border with Turkey."))
        .containsExactly("GRC>TUR MOBILIZE");
    assertThat(coded("Turkey moved two armoured brigades toward the Syrian border on Friday."))
        .containsExactly("TUR>SYR MOBILIZE");
  }

  @Test
  void anEnvoySentToABorderAndAThreatenedMoveAreNoMobilisation() {
    assertThat(coded("Pakistan ordered its ambassador to the border with India.")).isEmpty();
    assertThat(coded("India threatened to move troops to the border with Pakistan."))
        .doesNotContain("IND>PAK MOBILIZE");
  }

  @Test
  void aStrikeToPressTheGovernmentIsAimedAtTheGovernmentOfThePlace() {
    assertThat(
            coded(
                "Nurses at state clinics across Malawi went on strike on Tuesday to press the"
                    + " government to raise their pay."))
        .containsExactly("MWI>MWI PROTEST");
  }

  @Test
  void civiliansWhoBlockRoadsProtestAndMinersAreCivilians() {
    assertThat(Docs.dyads(Docs.of("Spanish farmers blocked roads around Madrid.")))
        .containsExactly("ESPCVL>null PROTEST");
    assertThat(Docs.dyads(Docs.of("Peruvian miners clashed with police in Lima.")))
        .containsExactlyInAnyOrder("PERCVL>PERCOP ASSAULT", "PERCOP>PERCVL ASSAULT");
    // A state that closes the crossings into a place still blockades it.
    assertThat(Docs.dyads(Docs.of("Egypt closed the crossings into Gaza.")))
        .containsExactly("EGY>PSE ASSAULT");
  }

  @Test
  void unionMembersAreLabour() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Hundreds of union members protested outside the Uruguayan parliament against"
                        + " the pension reform.")))
        .contains("URYLAB>URYLEG PROTEST");
  }

  @Test
  void anAcronymInBracketsNamesTheActorForTheRestOfTheArticle() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Zambian police broke up an opposition rally in Lusaka on Sunday.",
                    "The United National Independence Party (UNIP) said its supporters were"
                        + " beaten.",
                    "The UNIP accused the police of beating its supporters.")))
        .anyMatch(d -> d.startsWith("ZMBPTY>ZMBCOP ACCUSE"));
  }

  @Test
  void aStrikeCalledByUnionsAgainstTheGovernmentIsTheirProtest() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Portuguese police guarded the parliament in Lisbon on the first day of a"
                        + " general strike called by the largest unions against the"
                        + " government's pension cuts.")))
        .contains("PRTLAB>PRTGOV PROTEST");
  }

  @Test
  void aNamedBodyDescribedByItsRoleIsThatBody() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Portuguese police guarded the parliament in Lisbon on Tuesday.",
                    "CGTP, the largest trade union, accused the government of betraying"
                        + " pensioners.")))
        .contains("PRTLAB>PRTGOV ACCUSE");
  }

  @Test
  void theSecondVerbAfterAJudgementSharesItsSubjectAndThePartyIsTheLastPartyNamed() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Gabonese police arrested an opposition activist in Libreville on Monday.",
                    "The Gabonese Democratic Party condemned the arrest as politically motivated"
                        + " and demanded that police release him.")))
        .contains("GABPTY>GABCOP ACCUSE", "GABPTY>GABCOP REQUEST");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Gabonese police arrested an opposition activist in Libreville on Monday.",
                    "The Gabonese Democratic Party demanded his release.",
                    "Gabon's interior minister rejected the party's demand.")))
        .contains("GABGOV>GABPTY REJECT");
  }

  @Test
  void thoseKilledInClashesWithPoliceWereKilledByThem() {
    String lead = "Peru's political crisis deepened as Peruvians protested in Lima.";
    assertThat(Docs.dyads(Docs.of(lead, "Two protesters were killed in clashes with police.")))
        .containsExactly("PERCOP>PERCVL ASSAULT");
    assertThat(Docs.dyads(Docs.of(lead, "Two protesters died in clashes with police in Lima.")))
        .containsExactly("PERCOP>PERCVL ASSAULT");
    assertThat(
            Docs.dyads(
                Docs.of(lead, "Two police officers were injured in clashes with protesters.")))
        .containsExactly("PERCVL>PERCOP ASSAULT");
  }

  @Test
  void aMeetingWithTheOppositionsLeadersIsAMeeting() {
    String lead = "Peru's political crisis deepened as Peruvians protested in Lima.";
    // "met opposition" alone is resistance met; its leaders are people met.
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead, "Peruvian President Martin Vizcarra met opposition leaders on Tuesday.")))
        .contains("PERGOV>PEROPP CONSULT");
    assertThat(
            Docs.dyads(
                Docs.of(lead, "Peruvian President Martin Vizcarra met opposition in Congress.")))
        .isEmpty();
    // After a long name the tagger reads "met" as a noun; a lower-case irregular past is a verb.
    assertThat(
            Docs.dyads(
                Docs.of("Peruvian President Martin Vizcarra met Chilean officials on Tuesday.")))
        .contains("PERGOV>CHLGOV CONSULT");
  }

  @Test
  void anOppositionRallyOrARallyAgainstSomethingIsAProtest() {
    assertThat(
            Docs.dyads(Docs.of("Thousands of opposition supporters rallied in Nairobi on Sunday.")))
        .containsExactly("KENOPP>null PROTEST");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Thousands of Kenyan students rallied outside parliament against the fees.")))
        .containsExactly("KENCVL>null PROTEST");
    assertThat(Docs.dyads(Docs.of("Supporters of the president rallied in Nairobi on Sunday.")))
        .isEmpty();
  }
}
