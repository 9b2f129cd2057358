package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Domestic crime, justice and security news (issue 11): police, prosecutors and courts against
 * private people, gunmen against police. Arrests and detentions are COERCE, charges and trials
 * ACCUSE, convictions and sentences COERCE, killings ASSAULT; a private person named by a common
 * noun, with an age or a number before it, is the place's civilians.
 */
class DomesticJusticeEventsTest {
  @Test
  void anAgeOrANumberBeforeAPrivatePersonIsPartOfTheTarget() {
    assertThat(
            Docs.dyads(
                Docs.of("Police in Karachi detained a 22-year-old man on Friday for theft.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    assertThat(Docs.dyads(Docs.of("Police in Karachi rounded up four men after the riot.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    assertThat(Docs.dyads(Docs.of("An elderly woman was detained by police in Lahore.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
  }

  @Test
  void custodyAndHoldingASuspectAreArrests() {
    assertThat(Docs.dyads(Docs.of("Police in Lahore took two teenagers into custody on Sunday.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    assertThat(
            Docs.dyads(
                Docs.of("Police in Lahore are holding a driver in connection with the crash.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    // Holding talks or a rally is no arrest.
    assertThat(Docs.dyads(Docs.of("Police in Lahore held a meeting with shopkeepers on Monday.")))
        .noneMatch(d -> d.endsWith("COERCE"));
  }

  @Test
  void chargesAndTrialsOfPrivatePeopleAreAccusations() {
    assertThat(Docs.dyads(Docs.of("Prosecutors in Lahore indicted two men on fraud charges.")))
        .containsExactly("PAKJUD>PAKCVL ACCUSE");
    assertThat(Docs.dyads(Docs.of("A court in Lahore put a teenager on trial for arson.")))
        .containsExactly("PAKJUD>PAKCVL ACCUSE");
    assertThat(
            Docs.dyads(Docs.of("A woman was charged with manslaughter by prosecutors in Lahore.")))
        .containsExactly("PAKJUD>PAKCVL ACCUSE");
  }

  @Test
  void verdictsAndSentencesAreCoercion() {
    assertThat(Docs.dyads(Docs.of("A court in Lahore found two men guilty of kidnapping.")))
        .containsExactly("PAKJUD>PAKCVL COERCE");
    assertThat(Docs.dyads(Docs.of("The Supreme Court of India sentenced four men to death.")))
        .containsExactly("INDJUD>INDCVL COERCE");
    assertThat(
            Docs.dyads(
                Docs.of("A court in Lahore sentenced a lawyer to six and a half years in prison.")))
        .containsExactly("PAKJUD>PAKCVL COERCE");
    assertThat(Docs.dyads(Docs.of("A court in Lahore fined a shopkeeper for price-fixing.")))
        .containsExactly("PAKJUD>PAKCVL COERCE");
  }

  @Test
  void aPrivatePersonIsNeverAccusedOrChargedByAnotherPrivatePerson() {
    assertThat(Docs.dyads(Docs.of("A man in Lahore accused his neighbour of theft."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Police in Lahore accused a man of lying.")))
        .noneMatch(d -> d.contains("CVL"));
  }

  @Test
  void aCourtRulingOrAFoundBodyIsNoEvent() {
    assertThat(Docs.dyads(Docs.of("A court in Lahore ruled that the election was valid.")))
        .isEmpty();
    assertThat(Docs.dyads(Docs.of("A man was found dead in Lahore on Monday."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Police in Lahore said a man had died in the fire."))).isEmpty();
  }

  @Test
  void theVictimsNamedBeatThePlaceWhereTheyWereKilled() {
    assertThat(
            Docs.dyads(Docs.of("Gunmen shot dead four soldiers at a checkpoint in northern Mali.")))
        .containsExactly("MLIUAF>MLIMIL ASSAULT");
  }

  @Test
  void agentsTiedToAPlaceTheDictionaryDoesNotKnowDoNotTakeTheArticlesCountry() {
    // Two sentences make Pakistan the article's country; "Smallbridge" is not known, and may
    // be anywhere: the prosecutors there are nobody's.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Police in Lahore arrested a man on Monday.",
                    "A woman was hurt in Karachi.",
                    "Prosecutors in Smallbridge charged the former mayor with fraud.")))
        .isEmpty();
    // Without the place the article's country is theirs.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Police in Lahore arrested a man on Monday.",
                    "A woman was hurt in Karachi.",
                    "Prosecutors charged the former mayor with fraud.")))
        .contains("PAKJUD>PAKELI ACCUSE");
  }

  @Test
  void policeWhoSayTheyArrestedSomeoneAreTheSource() {
    assertThat(Docs.dyads(Docs.of("Police in Lahore said they had detained two boys.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    // Charging someone with a task is no charge.
    assertThat(Docs.dyads(Docs.of("Police in Lahore charged a man with the task of guarding it.")))
        .isEmpty();
  }

  @Test
  void aPrivatePersonWhoAttacksTheStatesAgentsIsTheirAssailant() {
    assertThat(Docs.dyads(Docs.of("A man stabbed two police officers in Lahore.")))
        .containsExactly("PAKCVL>PAKCOP ASSAULT");
    // Nothing else a private person does codes: not a meeting, not an attack on another civilian.
    assertThat(Docs.dyads(Docs.of("A man in Lahore met the mayor."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("A man stabbed a woman in Lahore."))).isEmpty();
  }

  @Test
  void aParticipleAfterAPrepositionDescribesTheNoun() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Police in Lahore said the students had worked with banned opposition"
                        + " groups.")))
        .noneMatch(d -> d.endsWith("COERCE"));
  }

  @Test
  void aTownTheDictionaryDoesNotKnowTakesTheCountryOfThePlaceAfterIt() {
    assertThat(
            Docs.dyads(
                Docs.of("Police in Clairton, Pennsylvania, arrested two teenagers on Friday.")))
        .containsExactly("USACOP>USACVL COERCE");
  }

  @Test
  void searchingPremisesIsARaidButSearchingForSomeoneIsNot() {
    assertThat(Docs.dyads(Docs.of("Police in Lahore searched a teenager's car on Monday.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    assertThat(Docs.dyads(Docs.of("Police in Lahore are searching for a man who escaped.")))
        .isEmpty();
  }

  @Test
  void aFineNamesAnAmountOrAnOffence() {
    assertThat(Docs.dyads(Docs.of("Police in Lahore fined a motorist 500 rupees.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    // A fine day is no fine.
    assertThat(Docs.dyads(Docs.of("Police in Lahore said it was a fine day for the men.")))
        .isEmpty();
  }

  @Test
  void aTitledPersonTakesTheCountryOfTheCourtThatSentencesThem() {
    assertThat(
            Docs.dyads(
                Docs.of("A Gondorian court sentenced opposition leader Ivan Petrovsky to jail.")))
        .isEmpty(); // no such country: nothing
    assertThat(
            Docs.dyads(
                Docs.of("A Cambodian court sentenced opposition leader Ivan Petrovsky to jail.")))
        .containsExactly("KHMJUD>KHMOPP COERCE");
    // With no court or police of one state, the title and name stay nobody's.
    assertThat(Docs.dyads(Docs.of("The court sentenced opposition leader Ivan Petrovsky to jail.")))
        .isEmpty();
  }

  @Test
  void peopleSmugglersAreCriminalsNotCivilians() {
    assertThat(Docs.dyads(Docs.of("Police in Karachi arrested two people smugglers on Friday.")))
        .containsExactly("PAKCOP>PAKCRM COERCE");
  }

  @Test
  void aJudgeOrderingSomeoneHeldInDetentionCoercesThem() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A Chilean judge on Friday ordered opposition leader Marco Rivas to be held in"
                        + " pre-trial detention for six months.")))
        .containsExactly("CHLJUD>CHLOPP COERCE");
  }

  @Test
  void aMinisterOfAnyPortfolioIsATitle() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A Chilean court on Friday jailed former agriculture minister Marco Rivas for"
                        + " fraud.")))
        .containsExactly("CHLJUD>CHLELI COERCE");
  }

  @Test
  void columnistsAndBloggersAreTheMedia() {
    assertThat(Docs.dyads(Docs.of("Bolivian police detained two bloggers in La Paz on Monday.")))
        .containsExactly("BOLCOP>BOLMED COERCE");
  }

  @Test
  void criminalsAStateArrestsOrSentencesAreItsOwn() {
    assertThat(Docs.dyads(Docs.of("Greece sentenced three people smugglers to ten years.")))
        .containsExactly("GRC>GRCCRM COERCE");
    assertThat(Docs.dyads(Docs.of("Spain arrested 14 suspected drug traffickers on Monday.")))
        .containsExactly("ESP>ESPCRM COERCE");
  }

  @Test
  void aKremlinCriticIsRussiasOppositionNotItsGovernment() {
    assertThat(Docs.dyads(Docs.of("Russian police detained a prominent Kremlin critic in Moscow.")))
        .containsExactly("RUSCOP>RUSOPP COERCE");
  }

  @Test
  void formerOfficeHoldersAreElites() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A court in Nairobi sentenced the former minister to ten years in prison.")))
        .containsExactly("KENJUD>KENELI COERCE");
    assertThat(
            Docs.dyads(
                Docs.of("Police in Nairobi arrested two former officials on corruption charges.")))
        .containsExactly("KENCOP>KENELI COERCE");
    // A serving one stays in government.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A court in Nairobi sentenced the finance minister to ten years in prison.")))
        .containsExactly("KENJUD>KENGOV COERCE");
  }

  @Test
  void oneOfficeHolderTheStatesCourtsActOnIsItsOwn() {
    assertThat(
            Docs.dyads(
                Docs.of("A court in Nairobi sentenced the minister to ten years in prison.")))
        .containsExactly("KENJUD>KENGOV COERCE");
    // An envoy travels: the court's country does not make them its own.
    assertThat(
            Docs.dyads(Docs.of("A court in Nairobi sentenced the envoy to ten years in prison.")))
        .isEmpty();
  }

  @Test
  void peopleNamedAfterThoseAStateActsOnDoNotMakeThemForeign() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Turkish police arrested two people smugglers after the deaths of Syrian"
                        + " migrants.")))
        .containsExactly("TURCOP>TURCRM COERCE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Turkey sentenced two people smugglers to four years in prison for the deaths"
                        + " of Syrian migrants.")))
        .containsExactly("TUR>TURCRM COERCE");
  }

  @Test
  void departmentsAndForeignNationalsAreNamedActors() {
    assertThat(
            Docs.dyads(
                Docs.of("The Justice Department charged two Iranian nationals with hacking.")))
        .containsExactly("USAJUD>IRNCVL ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of("The Treasury Department imposed sanctions on five Iranian entities.")))
        .containsExactly("USAGOV>IRNBUS SANCTION");
  }

  @Test
  void thoseWhoHidInAnEmbassyAreNotHarbouredByIt() {
    assertThat(
            Docs.dyads(
                Docs.of("Six American diplomats hid in the Canadian embassy for three months.")))
        .noneMatch(d -> d.endsWith("AID"));
  }
}
