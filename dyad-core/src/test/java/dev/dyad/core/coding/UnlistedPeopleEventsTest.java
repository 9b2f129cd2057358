package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People the dictionary does not list and no title introduces (a suspect, a plaintiff, a local
 * councillor, an activist) are coded by the country their description, their sentence or their
 * article gives, remembered by surname, and, as private people, never the source of diplomacy.
 * Names and sentences are invented.
 */
class UnlistedPeopleEventsTest {
  @Test
  void anAppositionWithAPlaceMakesAPrivatePerson() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Torvald Brennick, a resident of Lahore, Pakistan, stabbed two police officers"
                        + " in Lahore on Friday.")))
        .containsExactly("PAKCVL>PAKCOP ASSAULT");
  }

  @Test
  void theSurnameLaterNamesTheSamePerson() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Torvald Brennick, 34, of Lahore, Pakistan, was arrested on Friday.",
                    "Brennick sued the Pakistani police for wrongful arrest.")))
        .contains("PAKCVL>PAKCOP ACCUSE");
  }

  @Test
  void anAgeBeforeTheNameAndThePlaceOfTheSentence() {
    assertThat(Docs.dyads(Docs.of("On Friday, 28-year-old Orlan Vestry stabbed a man in Karachi.")))
        .containsExactly("PAKCVL>PAKCVL ASSAULT");
  }

  @Test
  void aDemonymAndRoleBeforeTheNameGiveItsCountry() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Pakistani activist Nadia Qureshani accused the Pakistani government of"
                        + " torture.")))
        .containsExactly("PAKCVL>PAKGOV ACCUSE");
  }

  @Test
  void aCouncillorIsAGovernmentOfficial() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Gul Wardani, a councillor in Kandahar, Afghanistan, accused the Taliban of"
                        + " killing civilians.")))
        .allMatch(d -> d.startsWith("AFGGOV>"))
        .isNotEmpty();
  }

  @Test
  void aPrivatePersonIsNeverASourceOfDiplomacy() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Nadia Qureshani, a resident of Lahore, Pakistan, met the Indian ambassador on"
                        + " Monday.",
                    "Qureshani praised India for its help.")))
        .isEmpty();
  }

  @Test
  void companiesPlacesWorksAndSportsAreNotPeople() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Brennick Holdings, a company in Lahore, Pakistan, sued the government.",
                    "The film Jurassic Strand opened in London on Friday.",
                    "Orlan Vestry scored twice as the home side won in London.",
                    "Ms Smith said the talks had gone well.")))
        .isEmpty();
  }

  @Test
  void aNameWithoutACountryAnywhereCodesNothing() {
    assertThat(Docs.dyads(Docs.of("Orlan Vestry sued Marta Quill for defamation."))).isEmpty();
  }

  @Test
  void aNameAStatesCourtsOrPoliceActOnIsItsOwnCitizen() {
    assertThat(Docs.dyads(Docs.of("A Pakistani court convicted Orlan Vestry of murder on Friday.")))
        .containsExactly("PAKJUD>PAKCVL COERCE");
    assertThat(Docs.dyads(Docs.of("Egyptian police arrested Torvald Brennick in Cairo.")))
        .containsExactly("EGYCOP>EGYCVL COERCE");
    assertThat(
            Docs.dyads(Docs.of("A Russian court sentenced Orlan Vestry to five years in prison.")))
        .containsExactly("RUSJUD>RUSCVL COERCE");
  }

  @Test
  void aNameAStateExpelsOrFreesIsNotMadeItsOwn() {
    assertThat(Docs.dyads(Docs.of("Egypt deported Torvald Brennick on Friday.")))
        .noneMatch(d -> d.contains(">EGYCVL"));
  }

  @Test
  void aTradeOpeningTheSentenceStillIntroducesTheName() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Businessman Harl Vostrand of Queensland, Australia, spoke in Brisbane.",
                    "A jury in Brisbane convicted Vostrand of fraud on Monday.")))
        .contains("AUSJUD>AUSCVL COERCE");
  }

  @Test
  void theOneAVerbOfPraiseOrBlameIsAimedAtIsAPersonOfTheStory() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Ireland's parliament met in Dublin on Tuesday.",
                    "Irish Prime Minister Leo Varadkar praised Orla Quenby on Wednesday.")))
        .containsExactly("IRLGOV>IRLCVL SUPPORT");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Ireland's parliament met in Dublin on Tuesday.",
                    "Irish Prime Minister Leo Varadkar sued Orla Quenby for defamation.")))
        .containsExactly("IRLGOV>IRLCVL ACCUSE");
  }

  @Test
  void aPrivatePersonMayAppealToTheirOwnGovernment() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Nadia Qureshani, a resident of Lahore, Pakistan, urged the Pakistani"
                        + " government to resign on Monday.")))
        .containsExactly("PAKCVL>PAKGOV REQUEST");
  }

  @Test
  void tellingACourtWhatHappenedOrdersNoOne() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Nadia Qureshani, a resident of Lahore, Pakistan, testified on Monday.",
                    "Qureshani told the Pakistani court she was made to sign a statement.")))
        .doesNotContain("PAKCVL>PAKJUD REQUEST");
  }

  @Test
  void aPartysNomineeIsAPersonNotTheParty() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Harl Vostrand, the Prairie Liberty Party nominee, spoke in Ohio on Monday.",
                    "Vostrand criticized the Ohio police for the arrests.")))
        .contains("USACVL>USACOP ACCUSE");
  }

  @Test
  void aPossessiveNameOpensADescriptionAndAChiefOfStaffIsNoSoldier() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Puerto Rico's governor spoke in Puerto Rico on Monday.",
                    "Harl Vostrand, Quenby's chief of staff, announced his resignation on"
                        + " Tuesday.")))
        .containsExactly("USAGOV>null RETREAT");
  }
}
