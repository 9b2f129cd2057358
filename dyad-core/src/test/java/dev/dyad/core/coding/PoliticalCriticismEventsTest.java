package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Criticism in political news: a possessive before the criticised actor ("criticised their
 * government's response"), an inquiry into whether someone did something, a person, doctor or
 * lawyer as a private person the police may arrest, and a verbal attack that is no armed attack
 * even when a longer accusation of the same pair wins the ACCUSE reading.
 */
class PoliticalCriticismEventsTest {
  @Test
  void criticisingTheirOwnGovernmentIsADomesticAccusation() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "France raised fuel taxes in January.",
                    "The French government defended the rise.",
                    "French farmers criticised their government's handling of the tax rise.")))
        .containsExactly("FRACVL>FRAGOV ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya raised school fees in January.",
                    "The Kenyan government defended the rise.",
                    "Kenyan students have denounced their government over the fee increase.")))
        .containsExactly("KENCVL>KENGOV ACCUSE");
  }

  @Test
  void aPossessiveWithNoActorAfterItCodesNothing() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "France raised fuel taxes in January.",
                    "The French government defended the rise.",
                    "French farmers criticised their own decision to stay at home.")))
        .isEmpty();
  }

  @Test
  void aVerbalAttackBesideALongerAccusationIsNoArmedAttack() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The campaign entered its final week.",
                    "Trump attacked Biden for his voting record, accusing him of weakness on"
                        + " trade.")))
        .containsExactly("USAGOV>USAELI ACCUSE");
  }

  @Test
  void anArmedAttackBesideAnAccusationStaysAnAttack() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Fighting continued in the east.",
                    "Russian troops attacked Ukrainian positions near Kharkiv on Monday.")))
        .containsExactly("RUSMIL>UKR ASSAULT");
  }

  @Test
  void investigatingWhetherSomeoneDidSomethingInvestigatesThem() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya held elections in August.",
                    "Kenyan police are investigating whether the opposition leader funded the"
                        + " riots.")))
        .containsExactly("KENCOP>KENOPP ACCUSE");
  }

  @Test
  void investigatingWhetherSomethingHappenedNamesNoOne() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya held elections in August.",
                    "Kenyan police are investigating whether the fire was started deliberately.")))
        .isEmpty();
  }

  @Test
  void aPersonADoctorOrALawyerIsAPrivatePersonTheStateMayArrest() {
    assertThat(Docs.dyads(Docs.of("Police arrested one person in Lahore on Friday.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    assertThat(Docs.dyads(Docs.of("Police in Nairobi detained a lawyer on Monday.")))
        .containsExactly("KENCOP>KENCVL COERCE");
    // As for "a man": never the target of talk.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Pakistan held elections on Monday.",
                    "The Pakistani minister praised a lawyer on Friday.")))
        .isEmpty();
  }

  @Test
  void theGovernmentOfASentenceThatNamesOneCountryIsThatCountrys() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Zambian opposition leaders accused the government of stealing the"
                        + " election.")))
        .containsExactly("ZMBOPP>ZMBGOV ACCUSE");
  }

  @Test
  void beingCriticalOfSomeoneIsCriticism() {
    assertThat(
            Docs.dyads(
                Docs.of("Senator Ted Cruz has been highly critical of President Donald Trump.")))
        .containsExactly("USALEG>USAGOV ACCUSE");
    // A critical moment is no one's criticism.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Senator Ted Cruz said the talks with President Donald Trump were at a critical"
                        + " stage.")))
        .isEmpty();
  }

  @Test
  void anAsideBetweenTheSubjectAndItsVerbIsPassed() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Russian interior ministry has, in a statement, called on residents to stay"
                        + " at home.")))
        .containsExactly("RUSGOV>RUSCVL REQUEST");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenyan opposition leader Raila Odinga has, on Monday, accused the government"
                        + " of rigging the vote.")))
        .containsExactly("KENOPP>KENGOV ACCUSE");
    // The place in the aside is not the subject.
    assertThat(
            Docs.dyads(Docs.of("Officials have, in Moscow, called on residents to stay at home.")))
        .isEmpty();
  }

  @Test
  void overthrowingAGovernmentIsACoupAndTryingToIsNot() {
    assertThat(
            Docs.dyads(
                Docs.of("Bolivia's army overthrew President Evo Morales in 2019, Bolivians said.")))
        .containsExactly("BOLMIL>BOLGOV COERCE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Georgian President Mikheil Saakashvili accused Russia of trying to overthrow"
                        + " his government.")))
        .containsExactly("GEOGOV>RUS ACCUSE");
  }

  @Test
  void rightsGroupsAndCharitiesAreTheCountrysCivilSociety() {
    String lead = "Peru's political crisis deepened this week, as Peruvians protested in Lima.";
    assertThat(
            Docs.dyads(Docs.of(lead, "Rights groups accused the police of using excessive force.")))
        .contains("PERNGO>PERCOP ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(lead, "The government has been criticised by charities for cutting aid.")))
        .containsExactly("PERNGO>PERGOV ACCUSE");
    // What they say of nobody in particular is no event.
    assertThat(Docs.dyads(Docs.of(lead, "Charities said the cuts would cost lives."))).isEmpty();
  }

  @Test
  void aCandidatesCampaignIsTheirParty() {
    assertThat(
            Docs.dyads(
                Docs.of("Joe Biden's campaign criticised President Donald Trump on Monday.")))
        .containsExactly("USAPTY>USAGOV ACCUSE");
    // A military campaign is no party.
    assertThat(Docs.dyads(Docs.of("Israel's bombing campaign killed 20 Palestinians in Gaza.")))
        .noneMatch(d -> d.contains("PTY"));
  }

  @Test
  void callingAnotherOrTheirActShamefulIsCriticism() {
    String lead = "Britain's government faced a crisis this week, as Britons watched in London.";
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead,
                    "Opposition leader John Smith said the government's plan was a disgrace.")))
        .containsExactly("GBROPP>GBRGOV ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(lead, "Opposition leader John Smith said the prime minister was unfit.")))
        .containsExactly("GBROPP>GBRGOV ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead,
                    "Opposition leader John Smith questioned the prime minister's judgement.")))
        .containsExactly("GBROPP>GBRGOV ACCUSE");
    // Words of praise are no blame.
    assertThat(
            Docs.dyads(
                Docs.of(lead, "Opposition leader John Smith said the prime minister was helpful.")))
        .isEmpty();
  }

  @Test
  void aPoliticianWhoAttacksTheGovernmentOverSomethingAttacksInWords() {
    String lead = "Peru's political crisis deepened this week, as Peruvians protested in Lima.";
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead,
                    "Opposition leader Jorge Ramos attacked the government over fuel prices.")))
        .containsExactly("PEROPP>PERGOV ACCUSE");
    // Armed men who attack a post over the weekend still attack it.
    assertThat(
            Docs.dyads(
                Docs.of("Pakistani militants attacked an Indian army post over the weekend.")))
        .containsExactly("PAKREB>INDMIL ASSAULT");
    // A party that expels a member is no state expelling an envoy.
    assertThat(Docs.dyads(Docs.of("India's BJP expelled a lawmaker over his remarks.")))
        .noneMatch(d -> d.endsWith("SANCTION"));
  }

  @Test
  void anAttackMadeOnTwitterOrInASpeechIsCriticism() {
    assertThat(
            Docs.dyads(Docs.of("President Donald Trump attacked Senator Mitt Romney on Twitter.")))
        .containsExactly("USAGOV>USALEG ACCUSE");
  }

  @Test
  void campaigningForSomeoneIsSupportGiven() {
    assertThat(
            Docs.lastSentenceEvents(
                    "Former President Barack Obama campaigned for Senator Elizabeth Warren in"
                        + " Boston.")
                .stream()
                .map(Docs::labelled))
        .containsExactly("USAELI>USALEG SUPPORT@asserted");
  }
}
