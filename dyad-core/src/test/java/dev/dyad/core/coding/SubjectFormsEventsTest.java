package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subjects as political news writes them: behind an apposition or a relative clause, shared by a
 * second verb after "and" (also after a report: "said … and urged"), after an opening adverbial,
 * named by surname after a full name, and never a place that only says where.
 */
class SubjectFormsEventsTest {
  @Test
  void aRelativeClauseOrAnAppositionStandsBetweenTheSubjectAndItsVerb() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Sudan, which lies between the other two countries on the Nile, called on"
                        + " Ethiopia to share data on the dam.")))
        .containsExactly("SDN>ETH REQUEST");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Pakistan, one of the largest troop contributors, condemned India on"
                        + " Tuesday.")))
        .containsExactly("PAK>IND ACCUSE");
  }

  @Test
  void aSecondVerbAfterAndSharesTheSubjectOfASentenceThatOpensWithAReport() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Canada's prime minister said the pipeline was in the national interest and"
                        + " urged Britain to respect the ruling.")))
        .containsExactly("CANGOV>GBR REQUEST");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Russia denied that its aircraft had crossed the border and demanded that"
                        + " Georgia withdraw its complaint.")))
        .contains("RUS>GEO REQUEST");
  }

  @Test
  void aQuotationInTheFirstVerbsObjectDoesNotPartItFromTheSecond() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Amnesty International condemned Egypt as \"a jailer of journalists\" and"
                        + " called on Egypt to free them.")))
        .contains("NGOAMN>EGY REQUEST");
  }

  @Test
  void aSubjectAfterAnOpeningAdverbialSharesItsSecondVerb() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "In a joint statement, France and Germany said they regretted the decision and"
                        + " urged Iran to return to the talks.")))
        .containsExactly("DEU>IRN REQUEST", "FRA>IRN REQUEST");
  }

  @Test
  void aListedPersonIsKnownBySurnameAfterTheFullName() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2017, 3, 6),
                    "German Foreign Minister Sigmar Gabriel arrived in Ankara on Monday.",
                    "Gabriel called on Turkey to release the journalist.")))
        .containsExactly("DEUGOV>TUR REQUEST");
  }

  @Test
  void aPlaceAfterALocativePrepositionIsNoSubject() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Thousands of workers marched in Lima on Tuesday demanding that President"
                        + " Alberto Fujimori resign.")))
        .contains("PERCVL>PERGOV PROTEST")
        .noneMatch(d -> d.startsWith("PER>"));
  }

  @Test
  void aTariffWithItsRateBeforeTheTargetIsASanction() {
    assertThat(
            Docs.dyads(
                Docs.of("China imposed tariffs of more than 80 percent on Australian barley.")))
        .containsExactly("CHN>AUS SANCTION");
  }

  @Test
  void aFormerMinisterNamedWithHisTitleHoldsNoOffice() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya's election was held in August.",
                    "The count in Kenya was delayed by a week.",
                    "President Uhuru Kenyatta pardoned former minister Samuel Ongeri on Friday.")))
        .isNotEmpty()
        .allMatch(d -> d.startsWith("KENGOV>KENELI"));
  }

  @Test
  void theActorBeforeWhoOrWhichIsTheSubjectOfTheRelativeClause() {
    assertThat(
            Docs.dyads(
                Docs.of("Russia, which invaded Georgia in August, said the talks would go on.")))
        .containsExactly("RUS>GEO ASSAULT");
  }

  @Test
  void modifiersBeforeAnActorBelongToItsPhrase() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The United Nations has accused neighbouring Rwanda of arming the rebels.")))
        .contains("IGOUNO>RWA ACCUSE");
  }

  @Test
  void aPersonsSupportersAreCiviliansOfThePersonsCountry() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2010, 3, 14),
                    "Thousands of Thaksin Shinawatra's supporters marched through Bangkok on"
                        + " Sunday.")))
        .allMatch(d -> d.startsWith("THACVL>"))
        .isNotEmpty();
  }

  @Test
  void aStateVisitWithItsLengthIsAVisit() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Philippine president began a four-day state visit to China on Tuesday.")))
        .containsExactly("PHLGOV>CHN CONSULT");
  }

  @Test
  void anActorsAlliesNamedOnlyAsSuchBelongToItsPhrase() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Saudi Arabia and its Gulf allies launched air strikes on Houthi rebel"
                        + " positions across Yemen on Friday.")))
        .contains("SAU>YEMREB ASSAULT");
  }

  @Test
  void aDescriptorBeforeANameLetsACoordinationReachIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A ceasefire between Israel and the Islamist movement Hamas took effect on"
                        + " Wednesday.")))
        .contains("ISR>PSEREB RETREAT", "PSEREB>ISR RETREAT");
  }

  @Test
  void anActorInAnOpeningPhraseIsNoMemberOfTheListAfterIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Under a plan brokered by French President Nicolas Sarkozy, Russia and Georgia"
                        + " agreed to withdraw their forces.")))
        .noneMatch(d -> d.startsWith("FRA") || d.contains(">FRA"))
        .contains("RUS>GEO AGREE", "GEO>RUS AGREE");
  }

  @Test
  void aSpeechActAfterTheSubjectsReportIsItsOwnAndAsserted() {
    List<Event> events =
        Docs.lastSentenceEvents(
            "Canada's prime minister said the pipeline was in the national interest and urged"
                + " Britain to respect the ruling.");
    assertThat(events)
        .extracting(e -> e.eventType() + " " + e.modality().label())
        .containsExactly("REQUEST asserted");
  }

  @Test
  void aRaidOnTheOfficesOfATelevisionStationCoercesTheMedia() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Georgia's government declared an emergency in Georgia on Wednesday.",
                    "Georgian police raided the offices of the private Imedi television station.")))
        .containsExactly("GEOCOP>GEOMED COERCE");
  }

  @Test
  void aLegislatureImpeachingAPresidentAccusesHim() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    java.time.LocalDate.of(2016, 4, 18),
                    "Brazil's Chamber of Deputies voted on Sunday to impeach President Dilma"
                        + " Rousseff.")))
        .contains("BRALEG>BRAGOV ACCUSE");
  }

  @Test
  void aSecondClauseThatOrdersAnActNamedByANounSharesTheSubjectAndNotItsAccusation() {
    List<Event> events =
        Docs.lastSentenceEvents(
            "Lithuania's president accused Belarusian intelligence services of staging the riots"
                + " and ordered the expulsion of two Belarusian diplomats.");
    assertThat(events)
        .extracting(
            e ->
                e.source().code()
                    + ">"
                    + e.target().orElseThrow().code()
                    + " "
                    + e.eventType()
                    + " "
                    + e.modality().label())
        .contains("LTUGOV>BLRGOV SANCTION asserted");
    // After a verb of welcoming, the act named by the noun is someone else's.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Lithuania's president criticised Belarus and welcomed the expulsion of two"
                        + " Belarusian diplomats.")))
        .doesNotContain("LTUGOV>BLRGOV SANCTION");
  }

  @Test
  void aParticipleAfterAnAdverbOfDegreeDescribesItsNounAndLeavesTheSubjectToTheNextVerb() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Nepalese police clashed with villagers near Kathmandu on Monday.",
                    "The Rastriya Prajatantra Party accused the government of deploying badly trained"
                        + " police in the hills and demanded that the government send the army.")))
        .contains("NPLPTY>NPLGOV ACCUSE", "NPLPTY>NPLGOV REQUEST")
        .noneMatch(d -> d.contains("COOPERATE"));
  }

  @Test
  void aSpeakerIsKnownByTheBodyTheySpeakFor() {
    String lead = "Bangladeshi police fired rubber bullets at students in Dhaka on Sunday.";
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead,
                    "A home ministry spokesman, Kamal Hossain, accused the students of attacking"
                        + " police.")))
        .contains("BGDGOV>BGDCVL ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead,
                    "Farhana Akter, a spokeswoman for the opposition Jatiya party, condemned the"
                        + " police.")))
        .contains("BGDOPP>BGDCOP ACCUSE");
    // A surname that is an English word is a person's when an office follows it.
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead,
                    "Rina Field, the city's deputy mayor, urged the students to leave the"
                        + " streets.")))
        .contains("BGDGOV>BGDCVL REQUEST");
    // A spokesman of no body is nobody's.
    assertThat(Docs.dyads(Docs.of(lead, "A spokesman accused the students of attacking police.")))
        .noneMatch(d -> d.endsWith("ACCUSE"));
  }

  @Test
  void anOfficeWithNoArticleDescribesTheNameBeforeItAndToldThatIsAReport() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Thousands rallied outside the Bulgarian parliament in Sofia on Sunday.",
                    "Bulgaria's government has defended the new media law.",
                    "Ivo Petkanov, leader of the opposition Bulgarian Socialist Party, told the"
                        + " crowd that the law was unconstitutional and urged the government to"
                        + " repeal it.")))
        .contains("BGROPP>BGRGOV REQUEST");
  }

  @Test
  void bothTheOneAndTheOtherAreOneCoordinationAndAPersonsPossessiveOpensAPhrase() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Senegalese police clashed with opposition supporters in Dakar on Monday.",
                    "The African Union urged both the government and the opposition to avoid"
                        + " violence.")))
        .containsExactlyInAnyOrder("IGOAFRAFU>SENGOV REQUEST", "IGOAFRAFU>SENOPP REQUEST");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Senegalese police clashed with opposition supporters in Dakar on Monday.",
                    "President Abdoulaye Wade urged his opponents to join talks.")))
        .containsExactly("SENGOV>SENOPP REQUEST");
  }
}
