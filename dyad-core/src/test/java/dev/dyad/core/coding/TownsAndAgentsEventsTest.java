package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Domestic wire news names a town or province the dictionary cannot know, then its country ("in
 * Zamfara state, Nigeria"); its gunmen, mobs and cartels act on villagers and students there. And a
 * few look-alikes: hostages rescued from a group, one officer on a visit, a willingness to talk.
 */
class TownsAndAgentsEventsTest {
  @Test
  void aTownTheDictionaryDoesNotKnowLiesInTheCountryAfterIt() {
    assertThat(Docs.dyads(Docs.of("Gunmen killed five villagers in Zamfara state, Nigeria.")))
        .containsExactly("NGAUAF>NGACVL ASSAULT");
    assertThat(
            Docs.dyads(
                Docs.of("Police arrested three men in northern Helmand province, Afghanistan.")))
        .containsExactly("AFGCOP>AFGCVL COERCE");
  }

  @Test
  void aKnownNameBeforeTheCommaIsNoUnknownTown() {
    // "Gaza" is known: "Israel" after it is the next clause's subject, not where Gaza lies.
    assertThat(Docs.dyads(Docs.of("Police in Gaza, Israel said, arrested the protesters.")))
        .noneMatch(d -> d.startsWith("ISRCOP"));
  }

  @Test
  void eastCongoIsTheDemocraticRepublic() {
    assertThat(Docs.dyads(Docs.of("Rebels attacked a village in eastern Congo.")))
        .allMatch(d -> d.startsWith("CODREB>COD"))
        .isNotEmpty();
  }

  @Test
  void mobsAndCartelMembersAreActorsOfThePlace() {
    assertThat(
            Docs.dyads(
                Docs.of("Mexican soldiers killed 15 suspected cartel members in Michoacan.")))
        .containsExactly("MEXMIL>MEXCRM ASSAULT");
    assertThat(Docs.dyads(Docs.of("A mob attacked a police station in Mardan, Pakistan.")))
        .anyMatch(d -> d.startsWith("PAKCVL>PAK") && d.endsWith("ASSAULT"));
  }

  @Test
  void hostagesRescuedFromAGroupAreNoAidToIt() {
    assertThat(Docs.dyads(Docs.of("Nigerian troops rescued 30 hostages from Boko Haram.")))
        .noneMatch(d -> d.contains(">NGAREB AID"));
    assertThat(Docs.dyads(Docs.of("The Indian navy rescued 12 Thai fishermen.")))
        .containsExactly("INDMIL>THACVL AID");
  }

  @Test
  void oneOfficerOnAVisitVisits() {
    assertThat(Docs.dyads(Docs.of("Sudan's army chief visited Cairo.")))
        .containsExactly("SDNMIL>EGY CONSULT");
    // Troops a state receives are still sent to it: military aid.
    assertThat(Docs.dyads(Docs.of("Syria had received Russian troops.")))
        .containsExactly("RUSMIL>SYR AID");
  }

  @Test
  void talksOneIsWillingToHoldAreOnlyPlanned() {
    assertThat(
            Docs.lastSentenceEvents(
                    "Iran expressed its willingness to resume talks with the United States.")
                .stream()
                .map(Docs::labelled))
        .contains("IRN>USA AGREE@asserted", "IRN>USA CONSULT@planned")
        .doesNotContain("IRN>USA CONSULT@asserted");
  }

  @Test
  void armedMenWhoStormAPlaceAttackItWhereProtestersRiot() {
    assertThat(Docs.dyads(Docs.of("Gunmen stormed a hotel in Mogadishu, Somalia.")))
        .containsExactly("SOMUAF>SOM ASSAULT");
    assertThat(Docs.dyads(Docs.of("Protesters stormed the US embassy in Baghdad.")))
        .allMatch(d -> d.endsWith("PROTEST"))
        .isNotEmpty();
  }

  @Test
  void aSeizedShipmentIsConfiscatedNotCaptured() {
    assertThat(Docs.dyads(Docs.of("The US Navy seized an Iranian weapons shipment.")))
        .containsExactly("USAMIL>IRN COERCE");
  }

  @Test
  void aSuicideBomberAndALoneAttackerAreArmedMenOfThePlace() {
    assertThat(Docs.dyads(Docs.of("A suicide bomber killed 20 people at a mosque in Kabul.")))
        .containsExactly("AFGUAF>AFGCVL ASSAULT");
    assertThat(Docs.dyads(Docs.of("Police shot the attacker dead in London.")))
        .containsExactly("GBRCOP>GBRUAF ASSAULT");
  }

  @Test
  void aPlaceSomeoneWentToDoesNotActAfterIt() {
    assertThat(Docs.dyads(Docs.of("The coalition came to Iraq to fight ISIS.")))
        .noneMatch(d -> d.startsWith("IRQ>"));
    assertThat(Docs.dyads(Docs.of("Erdogan traveled to Moscow to meet Putin.")))
        .contains("TURGOV>RUS CONSULT")
        .noneMatch(d -> d.startsWith("RUS>"));
  }
}
