package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations opened by a deal, ties opened between states, and unrest that goes on across a country:
 * forms real news gives in passing (issue 11). Sentences written for this test; events are
 * "SOURCE>TARGET TYPE@modality".
 */
class RelationsAndUnrestEventsTest {
  private static List<String> coded(String... sentences) {
    return Docs.lastSentenceEvents(sentences).stream().map(Docs::labelled).sorted().toList();
  }

  @Test
  void aDealEstablishingRelationsBetweenTwoStatesIsTheirSupport() {
    assertThat(
            coded(
                "Oman helped broker a deal establishing diplomatic relations between Qatar and"
                    + " Chad."))
        .contains("QAT>TCD SUPPORT@asserted", "TCD>QAT SUPPORT@asserted");
  }

  @Test
  void aMediatorOfADealThatSettledRelationsConsultsEachParty() {
    assertThat(coded("Oman brokered a deal that normalised relations between Qatar and Chad."))
        .contains(
            "OMN>QAT CONSULT@asserted",
            "OMN>TCD CONSULT@asserted",
            "QAT>TCD SUPPORT@asserted",
            "TCD>QAT SUPPORT@asserted");
  }

  @Test
  void aDealToNormalizeRelationsIsPlanned() {
    assertThat(
            coded("Washington announced a deal to normalize relations between Morocco and Israel."))
        .contains("MAR>ISR SUPPORT@planned", "ISR>MAR SUPPORT@planned");
  }

  @Test
  void statesThatOpenEconomicTiesCooperate() {
    assertThat(coded("Bolivia and Paraguay opened economic ties last year."))
        .containsExactly("BOL>PRY COOPERATE@asserted", "PRY>BOL COOPERATE@asserted");
  }

  @Test
  void protestsThatGoOnAcrossACountryAreItsCiviliansProtest() {
    assertThat(coded("Protests and riots over the new tax continued across Colombia on Sunday."))
        .containsExactly("COLCVL>null PROTEST@asserted");
  }

  @Test
  void relationsBetweenOneStateAndTwoOthersJoinedByAndPairTheFirstWithEach() {
    assertThat(
            coded(
                "The accords normalized relations between Israel and the United Arab Emirates and"
                    + " Bahrain."))
        .containsExactly(
            "ARE>ISR SUPPORT@asserted",
            "BHR>ISR SUPPORT@asserted",
            "ISR>ARE SUPPORT@asserted",
            "ISR>BHR SUPPORT@asserted");
    assertThat(coded("Talks between Egypt, Jordan and Iraq began in Cairo."))
        .contains("IRQ>JOR CONSULT@asserted");
  }

  @Test
  void anActThatSparkedProtestsAndRiotsInAPlaceIsItsCiviliansProtest() {
    assertThat(coded("The verdict sparked protests and riots in Bogota."))
        .containsExactly("COLCVL>null PROTEST@asserted");
  }

  @Test
  void theTwoNationsAfterABrokerAreTheStatesHeBrokeredBetween() {
    assertThat(
            coded(
                "Peru and Chile discussed trade in Lima.",
                "President Joe Biden mediated talks between Ghana and Togo that led to the"
                    + " normalization of relations between the two nations."))
        .contains("GHA>TGO SUPPORT@asserted", "TGO>GHA SUPPORT@asserted")
        .noneMatch(e -> e.startsWith("PER>") || e.startsWith("CHL>"));
  }
}
