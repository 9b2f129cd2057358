package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire forms of the twelfth session: a mediator who negotiates or helps broker something between
 * two parties, relations opened with a state, crowds named by their march, statues torn down,
 * peacekeepers let in; and two look-alikes: refugees who cross a border invade nobody, and a police
 * raid on homes is one coercion, not also an air strike.
 */
class MediationAndMovementEventsTest {
  @Test
  void aThirdPartyThatHelpsBrokerOrNegotiatesSomethingBetweenTwoMediates() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Norway helped broker a deal establishing a ceasefire between Sri Lanka and"
                        + " the Tamil Tigers.")))
        .contains("NOR>LKA CONSULT");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Qatar helped negotiate a prisoner swap between the United States and Iran.")))
        .contains("QAT>USA CONSULT", "QAT>IRN CONSULT");
  }

  @Test
  void relationsOpenedWithAStateAreMutual() {
    assertThat(Docs.dyads(Docs.of("Bahrain opened diplomatic relations with Israel.")))
        .containsExactlyInAnyOrder("BHR>ISR SUPPORT", "ISR>BHR SUPPORT");
  }

  @Test
  void marchesOfACrowdThatTakePlaceInACityAreItsProtest() {
    assertThat(Docs.dyads(Docs.of("Marches of 50,000 protesters took place in Caracas on Friday.")))
        .containsExactly("VENCVL>null PROTEST");
  }

  @Test
  void riotersWhoTearDownStatuesRiot() {
    assertThat(Docs.dyads(Docs.of("Rioters tore down statues in Caracas.")))
        .containsExactly("VENCVL>null PROTEST");
  }

  @Test
  void peacekeepersLetIntoARegionAreAllowedIn() {
    assertThat(Docs.dyads(Docs.of("Sudan let UN peacekeepers into Darfur.")))
        .containsExactly("SDN>IGOUNO RETREAT");
  }

  @Test
  void refugeesWhoCrossIntoAStateInvadeNobody() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Hundreds of Sudanese refugees have crossed into Chad since fighting erupted"
                        + " in Khartoum.")))
        .noneMatch(d -> d.endsWith("ASSAULT"));
    assertThat(Docs.dyads(Docs.of("Thousands of migrants poured into Greece from Turkey.")))
        .noneMatch(d -> d.endsWith("ASSAULT"));
    assertThat(Docs.dyads(Docs.of("Russian troops crossed into Ukraine.")))
        .containsExactly("RUSMIL>UKR ASSAULT");
  }

  @Test
  void aPoliceRaidOnHomesIsOneCoercion() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Brazilian police on Thursday raided the homes of allies of former president"
                        + " Jair Bolsonaro.")))
        .allMatch(d -> d.endsWith("COERCE"))
        .isNotEmpty();
  }
}
