package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Domestic events between agents named with no country in their sentence: the article's country
 * gives them one, and a city of that country is where they acted, not whom they acted on.
 */
class DomesticEventsTest {
  @Test
  void codesPoliceAgainstProtestersInAStoryAboutOneCountry() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya held a disputed election on Tuesday.",
                    "The vote count in Kenya was delayed by two days.",
                    "Police arrested 40 protesters after clashes over the results.")))
        .containsExactly("KENCOP>KENCVL COERCE");
  }

  @Test
  void codesTheGovernmentAgainstTheOpposition() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Uganda held a disputed election on Tuesday.",
                    "The count in Uganda was delayed.",
                    "The government banned opposition rallies.")))
        .containsExactly("UGAGOV>UGAOPP COERCE");
  }

  @Test
  void twoDifferentPeopleOfOneSectorAreTwoSides() {
    // Both are listed politicians (USAELI, USALEG): one code, two people.
    assertThat(Docs.dyads(Docs.of("Barack Obama endorsed Joe Biden on Tuesday.")))
        .containsExactly("USAELI>USAELI SUPPORT");
    assertThat(Docs.dyads(Docs.of("Bernie Sanders criticised Elizabeth Warren over her plan.")))
        .containsExactly("USALEG>USALEG ACCUSE");
  }

  @Test
  void onePersonNamedTwiceIsStillOneSide() {
    assertThat(Docs.dyads(Docs.of("Joe Biden said Biden would win."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Kim Jong Un praised Kim for his work."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Joe Biden met Biden supporters."))).isEmpty();
  }

  @Test
  void codesNothingWhenTheArticleNamesNoCountry() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The storm passed at night.",
                    "Police arrested 40 protesters after clashes over the results.")))
        .isEmpty();
  }

  @Test
  void aCityOfTheAgentsOwnCountryIsWhereItActedNotItsTarget() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Police arrested 40 protesters in Minneapolis.",
                    "Police attacked protesters in Atlanta.")))
        .containsExactly("USACOP>USACVL ASSAULT");
    assertThat(Docs.dyads(Docs.of("The senator's rival visited Kenosha, Wisconsin."))).isEmpty();
  }

  @Test
  void aStateThatOpensTheSentenceLendsItselfToThePeopleItActsOn() {
    assertThat(Docs.dyads(Docs.of("Laos detained an opposition activist on charges of sedition.")))
        .containsExactly("LAO>LAOOPP COERCE");
    // Not when the state is only named after the act.
    assertThat(Docs.dyads(Docs.of("Opposition activists marched against Laos on Monday.")))
        .noneMatch(d -> d.startsWith("LAOOPP"));
  }

  @Test
  void aGatheringBannedInAPlaceOfTheStatesOwnCountryIsItsPeoples() {
    assertThat(Docs.dyads(Docs.of("The Bolivian government banned all marches in central La Paz.")))
        .containsExactly("BOLGOV>BOLCVL COERCE");
  }

  @Test
  void aParliamentVotingDownTheGovernmentsBillRejectsIt() {
    assertThat(
            Docs.dyads(
                Docs.of("The Brazilian Senate voted against the government's pension reform.")))
        .containsExactly("BRALEG>BRAGOV REJECT");
    assertThat(Docs.dyads(Docs.of("The Kenyan parliament voted down the president's budget.")))
        .containsExactly("KENLEG>KENGOV REJECT");
  }

  @Test
  void aLeaderAskingHisCountrymenAsksTheCountrysCivilians() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "India's government met in New Delhi on Tuesday.",
                    "Prime Minister Narendra Modi urged his countrymen to stay indoors.")))
        .containsExactly("INDGOV>INDCVL REQUEST");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "India's government met in New Delhi on Tuesday.",
                    "Prime Minister Narendra Modi asked his fellow citizens to stay at home.")))
        .containsExactly("INDGOV>INDCVL REQUEST");
  }
}
