package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire forms of CAMEO 17-20 (issue 11): attacks on and seizures of places named by their kind,
 * relative-clause attackers, killings in a place, deportations and domestic terror bans. A place
 * codes as its country; the sentences are invented.
 */
class WireAssaultEventsTest {
  private static java.util.List<String> dyads(String sentence) {
    // Country level, one line per dyad and type: the place's country is the target.
    return Docs.CODER.code(Docs.of(sentence)).stream()
        .map(e -> Docs.dyad(e) + " " + e.eventType())
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void anArmyShellingACityOfItsOwnCountryActsOnThatCountry() {
    assertThat(dyads("Syrian troops shelled Homs overnight.")).containsExactly("SYR>SYR ASSAULT");
    assertThat(dyads("Croatian troops captured Knin on Saturday."))
        .containsExactly("HRV>HRV ASSAULT");
  }

  @Test
  void anArmyAndItsOwnStateAreStillOneSide() {
    assertThat(dyads("Syrian troops shelled Syria.")).isEmpty();
  }

  @Test
  void codesTakingAPlaceNamedByItsKind() {
    assertThat(dyads("Ukrainian troops retook the port city of Kherson after a long offensive."))
        .containsExactly("UKR>UKR ASSAULT");
    assertThat(dyads("Russian forces laid siege to the Ukrainian city of Mariupol."))
        .containsExactly("RUS>UKR ASSAULT");
    assertThat(dyads("Syrian rebels took control of much of eastern Aleppo."))
        .containsExactly("SYR>SYR ASSAULT");
  }

  @Test
  void codesStrikesNearAPlaceNamedByItsKind() {
    assertThat(dyads("Ethiopian jets bombed positions near the border town of Mandera."))
        .containsExactly("ETH>KEN ASSAULT");
    assertThat(dyads("Colombian rebels fired mortars at the provincial capital of Caqueta."))
        .contains("COL>COL ASSAULT");
  }

  @Test
  void codesTheSubjectOfARelativeClause() {
    assertThat(dyads("Liberian rebels who attacked towns in Lofa County fled into the forest."))
        .containsExactly("LBR>LBR ASSAULT");
  }

  @Test
  void codesKillingsOfPeopleInAPlace() {
    assertThat(dyads("Guatemalan soldiers killed 22 villagers in a hamlet in Alta Verapaz."))
        .containsExactly("GTM>GTM ASSAULT");
  }

  @Test
  void takingControlOfACompanyIsNoAssault() {
    assertThat(dyads("Russia took control of the Ukrainian company Motor Sich.")).isEmpty();
  }

  @Test
  void deportingPeopleIsCoercionAndExpellingDiplomatsASanction() {
    assertThat(dyads("Kenya ordered the expulsion of all Somalis living in Nairobi's suburbs."))
        .containsExactly("KEN>SOM COERCE");
    assertThat(dyads("Turkey deported dozens of Syrian refugees."))
        .containsExactly("TUR>SYR COERCE");
    assertThat(dyads("Russia expelled two British diplomats.")).containsExactly("RUS>GBR SANCTION");
  }

  @Test
  void declaringADomesticGroupTerroristIsABanAndDesignatingAForeignOneASanction() {
    assertThat(
            dyads("Egypt's government declared the Muslim Brotherhood a terrorist organisation."))
        .containsExactly("EGY>EGY COERCE");
    assertThat(dyads("The United States designated the Houthis a terrorist organisation."))
        .containsExactly("USA>YEM SANCTION");
  }

  @Test
  void codesFreezingAssetsAndSuspendingLoanProgrammes() {
    assertThat(
            dyads(
                "Washington ordered the freezing of assets belonging to the Iranian central bank."))
        .containsExactly("USA>IRN SANCTION");
    assertThat(dyads("The IMF suspended a 300 million dollar loan programme for Zambia."))
        .containsExactly("IGOIMF>ZMB SANCTION");
  }

  @Test
  void anUrgedActAndAPlaceWhereOthersFoughtAreNotCoded() {
    assertThat(dyads("Ukraine urged Russia to stop shelling the city of Kharkiv."))
        .doesNotContain("RUS>UKR ASSAULT");
    assertThat(
            dyads(
                "Fighting between Kurdish militants and Turkish troops in Iraq killed 20 people."))
        .doesNotContain("TUR>IRQ ASSAULT");
  }

  @Test
  void codesPassiveAndNearbyCaptures() {
    assertThat(dyads("Kherson was recaptured by Ukrainian forces."))
        .containsExactly("UKR>UKR ASSAULT");
    assertThat(dyads("Ukrainian forces recaptured several villages near Kharkiv."))
        .containsExactly("UKR>UKR ASSAULT");
  }

  @Test
  void codesAmbushesNearAPlace() {
    assertThat(dyads("Colombian rebels ambushed a police patrol near the town of Caqueta."))
        .containsExactly("COL>COL ASSAULT");
  }

  @Test
  void codesTakingPartInStrikesAndClaimedAttacksByWhatTheyHit() {
    assertThat(dyads("Jordanian jets joined in air strikes on rebel positions in Syria."))
        .contains("JOR>SYR ASSAULT");
    assertThat(
            dyads("Hamas claimed responsibility for an attack that wounded five Israeli soldiers."))
        .containsExactly("PSE>ISR ASSAULT");
  }

  @Test
  void codesAnArrestInApposition() {
    assertThat(dyads("The Kenyan journalist, arrested by Ugandan police last week, was freed."))
        .contains("UGA>KEN COERCE");
  }

  @Test
  void theSlainLeaderIsNoKillingByWhoeverPraisedHim() {
    assertThat(dyads("Egypt's president praised the slain Israeli prime minister on Sunday."))
        .doesNotContain("EGY>ISR ASSAULT");
  }

  @Test
  void anAttackNounTakesItsPossessorOrTheNationalityBeforeItNotAStateFurtherBack() {
    assertThat(dyads("Russian drone attacks on Kyiv resumed.")).containsExactly("RUS>UKR ASSAULT");
    assertThat(dyads("Israel's ground offensive in Gaza continued."))
        .containsExactly("ISR>PSE ASSAULT");
    assertThat(
            dyads(
                "The council will investigate abuses by Israel and Hamas during the offensive in Gaza."))
        .doesNotContain("ISR>PSE ASSAULT", "PSE>PSE ASSAULT");
  }

  @Test
  void codesTheTargetFirstForms() {
    assertThat(dyads("The Indian post came under fire from Pakistani troops."))
        .containsExactly("PAK>IND ASSAULT");
    assertThat(dyads("The fall of Mosul to Islamic State militants stunned Iraq."))
        .contains("IMG>IRQ ASSAULT");
    assertThat(dyads("The fall of the Iraqi dinar to a record low worried traders.")).isEmpty();
  }

  @Test
  void peopleSeizedByForcesAreCapturedOnceAndAPlaceSeizedIsTaken() {
    assertThat(
            Docs.dyads(
                Docs.of("The fifteen British sailors were seized by Iranian forces in the Gulf.")))
        .containsExactly("IRNMIL>GBRMIL ASSAULT");
    assertThat(
            Docs.lastSentenceEvents("Crimea was seized by Russia in 2014.").stream()
                .map(Event::pattern))
        .contains("coerce.seize.passive")
        .noneMatch(id -> id.startsWith("assault.abduct"));
  }
}
