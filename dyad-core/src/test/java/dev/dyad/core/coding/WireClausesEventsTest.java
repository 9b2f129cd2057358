package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire sentences of the twelfth session whose parts stood between the coder and the act: a
 * participial phrase or a leader after the subject, a long target phrase, verbs whose sense depends
 * on who acts ("beat", "launched strikes"), a parliament in a one-country sentence, a vetoed
 * resolution and a delivered speech.
 */
class WireClausesEventsTest {
  @Test
  void aParticipialPhraseBetweenCommasDescribesTheSubject() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Palestinian police, acting on orders from Yasser Arafat, arrested dozens of"
                        + " Hamas activists in Gaza overnight.")))
        .containsExactly("PSECOP>PSEREB COERCE");
    assertThat(
            Docs.dyads(
                Docs.of("Israeli troops, according to witnesses, fired on protesters in Hebron.")))
        .containsExactly("ISRMIL>PSECVL ASSAULT");
  }

  @Test
  void theLeaderOfTheSubjectDoesNotAct() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Angolan rebels led by Jonas Savimbi shelled the city of Kuito, killing at"
                        + " least 40 civilians.")))
        .isNotEmpty()
        .allMatch(d -> d.startsWith("AGOREB>"));
  }

  @Test
  void strikesOrderedAgainstCampsInAStateAttackIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "President Clinton ordered missile strikes against suspected terrorist camps"
                        + " in Afghanistan.")))
        .containsExactly("USAGOV>AFG ASSAULT");
  }

  @Test
  void strikesAStateLaunchesAreNoLabourStrike() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The United States launched strikes against terrorist camps in Afghanistan.")))
        .containsExactly("USA>AFG ASSAULT");
    assertThat(Docs.dyads(Docs.of("Israel launched strikes overnight."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Teachers in Kenya launched a nationwide strike on Monday.")))
        .containsExactly("KENEDU>null PROTEST");
  }

  @Test
  void policeWhoBeatPeopleAssaultThemWhileWinnersOfAVoteOrAMatchDoNot() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Serbian police beat opposition supporters who tried to march on the state"
                        + " television building in Belgrade.")))
        .containsExactly("SRBCOP>SRBOPP ASSAULT");
    assertThat(Docs.dyads(Docs.of("Emmanuel Macron beat Marine Le Pen in the runoff."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Spain beat Italy 2-1 in the final."))).isEmpty();
  }

  @Test
  void theParliamentOfAOneCountrySentenceIsThatCountrys() {
    assertThat(Docs.dyads(Docs.of("Yeltsin on Tuesday threatened to dissolve the legislature.")))
        .containsExactly("RUSELI>RUSLEG THREATEN");
  }

  @Test
  void aVetoedResolutionCondemnsNobody() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Russia vetoed a Security Council resolution condemning the Bosnian Serbs.")))
        .containsExactly("RUS>IGOUNOSEC REJECT");
    assertThat(Docs.dyads(Docs.of("The Security Council adopted a resolution condemning Syria.")))
        .containsExactly("IGOUNOSEC>SYR ACCUSE");
  }

  @Test
  void aSpeechDeliveredToAParliamentIsNoDelivery() {
    assertThat(
            Docs.dyads(
                Docs.of("Fidel Castro delivered a seven-hour speech to the National Assembly.")))
        .isEmpty();
    assertThat(Docs.dyads(Docs.of("Russia delivered S-400 missiles to Turkey.")))
        .containsExactly("RUS>TUR AID");
  }

  @Test
  void aStatesPeopleByDemonymProtestAgainstItsGovernment() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Thousands of Israelis protested against Prime Minister Benjamin Netanyahu in"
                        + " Jerusalem.")))
        .containsExactly("ISRCVL>ISRGOV PROTEST");
    assertThat(Docs.dyads(Docs.of("The Philippines protested against Chinese incursions.")))
        .noneMatch(d -> d.startsWith("PHLCVL"));
  }

  @Test
  void whatSomeonePlottedToDoIsOnlyPlanned() {
    assertThat(
            Docs.lastSentenceEvents(
                    "The FBI arrested a man who plotted to kidnap Michigan Governor Gretchen"
                        + " Whitmer.")
                .stream()
                .map(Docs::labelled))
        .contains("USACVL>USAGOV ASSAULT@planned")
        .doesNotContain("USACVL>USAGOV ASSAULT@asserted");
  }

  @Test
  void theTitleOfAPersonNamedBeforeRefersBackToThem() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "President Donald Trump spoke at a rally on Monday.",
                    "Speaker Nancy Pelosi accused the president of abusing his power.")))
        .containsExactly("USALEG>USAGOV ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2020, 8, 1),
                    "Prime Minister Boris Johnson met Macron in Paris.",
                    "Labour leader Keir Starmer criticised the prime minister.")))
        .containsExactly("GBRPTY>GBRGOV ACCUSE");
  }

  @Test
  void policeWhoStormAnEmbassySeizeItWhereCrowdsProtest() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Ecuadorian police stormed the Mexican embassy in Quito and arrested a former"
                        + " vice president.")))
        .contains("ECUCOP>MEXGOV COERCE")
        .noneMatch(d -> d.endsWith("PROTEST"));
    assertThat(Docs.dyads(Docs.of("Protesters stormed the US embassy in Baghdad.")))
        .isNotEmpty()
        .allMatch(d -> d.endsWith("PROTEST"));
    assertThat(Docs.dyads(Docs.of("Gunmen stormed the Turkish embassy in Kabul.")))
        .noneMatch(d -> d.endsWith("PROTEST"));
  }

  @Test
  void theAccusedOfAPassiveAccusationDidTheAllegedAct() {
    assertThat(
            Docs.lastSentenceEvents(
                    "Government forces were accused by Human Rights Watch of executing civilians"
                        + " in Tigray.")
                .stream()
                .map(Docs::labelled))
        .contains("ETHMIL>ETHCVL ASSAULT@alleged")
        .noneMatch(e -> e.startsWith("NGOHRW>ETHCVL"));
  }

  @Test
  void peopleThePoliceOfACityActOnAreOfThatCitysCountry() {
    assertThat(Docs.dyads(Docs.of("Police in Harare detained two journalists.")))
        .containsExactly("ZWECOP>ZWEMED COERCE");
  }

  @Test
  void aidAStateAnnouncedItWouldSendIsPlanned() {
    assertThat(
            Docs.lastSentenceEvents(
                    "The United Kingdom announced it would send £10 million in aid to Pakistan.")
                .stream()
                .map(Docs::labelled))
        .containsExactly("GBR>PAK AID@planned");
    assertThat(
            Docs.lastSentenceEvents("The EU announced new sanctions against Russia.").stream()
                .map(Docs::labelled))
        .containsExactly("IGOEUREEC>RUS SANCTION@asserted");
  }

  @Test
  void abusesByAForceAreNoAbuseByWhoeverInvestigatesThem() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The UN Human Rights Council voted to investigate abuses by Iranian security"
                        + " forces.")))
        .noneMatch(d -> d.endsWith("ASSAULT"));
  }

  @Test
  void theAuthoritiesOfAOneCountrySentenceAreItsGovernment() {
    assertThat(
            Docs.lastSentenceEvents(
                    "Activists in Minsk accused the authorities of torturing detainees.")
                .stream()
                .map(Docs::labelled))
        .contains("BLRCVL>BLRGOV ACCUSE@asserted", "BLRGOV>BLRCVL ASSAULT@alleged");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Hundreds of residents protested against the municipal authorities in Lagos.")))
        .containsExactly("NGACVL>NGAGOV PROTEST");
  }

  @Test
  void whatSomeoneDescribedByARelativeClauseIsAskedToDoIsNotDone() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2019, 9, 1),
                    "Students asked Hong Kong leader Carrie Lam, who has the firm backing of Beijing,"
                        + " to step down from her post.")))
        .noneMatch(d -> d.endsWith("RETREAT"));
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2017, 11, 1),
                    "Kenyan opposition leaders urged President Uhuru Kenyatta, who won a second term"
                        + " in August, to release the detainees.")))
        .containsExactly("KENOPP>KENGOV REQUEST");
  }

  @Test
  void aDemandSomeoneIsAskedToMakeIsNotMadeEvenWhenTheOneAskedIsUnknown() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Joe Biden urged the President to demand firmly that Turkey end its support"
                        + " for Azerbaijan.")))
        .doesNotContain("USAELI>TUR REQUEST");
    assertThat(Docs.dyads(Docs.of("Russia demanded that Ukraine withdraw its troops.")))
        .containsExactly("RUS>UKR REQUEST");
  }

  @Test
  void aParticipleAfterAnArticleDescribesTheNounAfterIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Turkey has fought the PKK for decades.",
                    "PKK is a banned militant organization in Turkey.")))
        .isEmpty();
  }

  @Test
  void rolesBasedInAPlaceAreItsWhileABackerDoesNotAct() {
    assertThat(
            Docs.dyads(
                Docs.of("Pakistan-based militants attacked an Indian army camp in Kashmir.")))
        .isNotEmpty()
        .allMatch(d -> d.startsWith("PAKREB>"));
    assertThat(Docs.dyads(Docs.of("Iran-backed militias fired rockets at a US base in Iraq.")))
        .noneMatch(d -> d.startsWith("IRN"));
  }

  @Test
  void theLeadersOfTheTwoCountriesAreTheirGovernments() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Turkey and Greece met in Athens.",
                    "The leaders of the two countries spoke by phone on Monday.")))
        .containsExactlyInAnyOrder("TURGOV>GRCGOV CONSULT", "GRCGOV>TURGOV CONSULT");
    assertThat(
            Docs.dyads(
                Docs.of("Turkey and Greece met in Athens.", "The two countries signed a deal.")))
        .containsExactlyInAnyOrder("TUR>GRC SUPPORT", "GRC>TUR SUPPORT");
  }

  @Test
  void anObjectIsNotFoundAcrossASecondVerbWithItsOwnObject() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Russia suspended imports of Georgian goods and recalled its ambassador from"
                        + " Georgia.")))
        .containsExactly("RUS>GEO SANCTION");
  }

  @Test
  void anAmbassadorExpelledFromACapitalIsASanctionNotADisqualification() {
    assertThat(
            Docs.dyads(
                Docs.of("Saudi Arabia expelled the Lebanese ambassador from Riyadh on Friday.")))
        .containsExactly("SAU>LBNGOV SANCTION");
  }
}
