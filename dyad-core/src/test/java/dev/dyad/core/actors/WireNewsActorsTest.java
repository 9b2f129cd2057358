package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors that wire news of 1980-2015 names: armed movements by date, communities by the state they
 * live in, provinces that imply a state, and agents whose country the sentence gives (issue 11).
 * The sentences are invented.
 */
class WireNewsActorsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<String> codes(String date, String sentence) {
    return MATCHER.find(sentence, LocalDate.parse(date)).stream()
        .map(m -> m.actor().code())
        .toList();
  }

  @Test
  void datesKosovoAndItsAlbaniansThroughYugoslaviaSerbiaAndIndependence() {
    assertThat(codes("1998-06-01", "Kosovo Albanians marched in Pristina."))
        .containsExactly("YUGCVL", "YUG");
    assertThat(codes("2005-06-01", "Kosovo Albanian students marched.")).containsExactly("SCGCVL");
    assertThat(codes("2007-06-01", "Kosovar Albanians voted.")).containsExactly("SRBCVL");
    assertThat(codes("2012-06-01", "Kosovo Albanians voted.")).containsExactly("XKXCVL");
    assertThat(codes("1999-04-01", "NATO bombed targets in Kosovo."))
        .containsExactly("IGOWSTNAT", "YUG");
    assertThat(codes("2012-06-01", "Serbia and Kosovo signed a deal."))
        .containsExactly("SRB", "XKX");
  }

  @Test
  void codesCommunitiesAsTheStateTheyLiveInNotTheirKinState() {
    assertThat(codes("1994-05-01", "Bosnian Serb artillery shelled the town."))
        .containsExactly("BIHCVL");
    assertThat(codes("1994-05-01", "Bosnian Serb gunners shelled the town."))
        .containsExactly("BIHMIL");
    assertThat(codes("1996-05-01", "A Greek Cypriot protester was shot."))
        .containsExactly("CYPCVL");
    assertThat(codes("1996-05-01", "Turkish Cypriot leaders met.")).containsExactly("CYPGOV");
  }

  @Test
  void letsRebelSerbsTakeTheirPlaceAndNeverSerbia() {
    assertThat(codes("1995-01-01", "Rebel Serbs in eastern Slavonia refused."))
        .containsExactly("HRVREB");
    assertThat(codes("1993-01-01", "Serb rebels near Bihac attacked.")).containsExactly("BIHREB");
    assertThat(codes("1993-01-01", "Rebel Serbs refused the plan.")).isEmpty();
  }

  @Test
  void datesMovementsThatGovernedOrLostPower() {
    assertThat(codes("1985-03-01", "The Sandinistas attacked the Contras."))
        .containsExactly("NICGOV", "NICREB");
    assertThat(codes("1978-03-01", "The Sandinistas attacked a garrison."))
        .containsExactly("NICREB");
    assertThat(codes("1995-03-01", "The Sandinistas protested.")).containsExactly("NICPTY");
    assertThat(codes("1977-03-01", "The Khmer Rouge executed teachers."))
        .first()
        .isEqualTo("KHMGOV");
    assertThat(codes("1990-03-01", "The Khmer Rouge attacked a village."))
        .containsExactly("KHMREB");
  }

  @Test
  void namesArmedMovementsAndTheWestAfricanForceByTheirWireNames() {
    assertThat(codes("1999-03-01", "The National Liberation Army kidnapped engineers."))
        .containsExactly("COLREB");
    assertThat(codes("1990-09-01", "The West African peacekeeping force landed."))
        .containsExactly("IGOWAFWAS");
    assertThat(codes("1988-03-01", "Afghan mujahideen attacked a convoy."))
        .containsExactly("AFGREB");
  }

  @Test
  void followsLiberationMovementsIntoGovernmentsArmiesAndParties() {
    assertThat(codes("1990-06-01", "EPLF fighters captured Massawa.")).first().isEqualTo("ETHREB");
    assertThat(codes("1992-06-01", "The EPLF arrested officials.")).containsExactly("ERIGOV");
    assertThat(codes("1985-06-01", "The National Resistance Army advanced."))
        .containsExactly("UGAREB");
    assertThat(codes("1990-06-01", "The National Resistance Army advanced."))
        .containsExactly("UGAMIL");
    assertThat(codes("1988-06-01", "The JVP attacked a police post.")).first().isEqualTo("LKAREB");
    assertThat(codes("1995-06-01", "The JVP won seats.")).containsExactly("LKAPTY");
  }

  @Test
  void codesProvincesAsTheStateThatHeldThem() {
    assertThat(codes("1998-03-01", "Fighting in Caqueta and Lofa County."))
        .containsExactly("COL", "LBR");
    assertThat(codes("2007-03-01", "Villages in the Kodori Gorge were shelled."))
        .containsExactly("GEO");
    assertThat(codes("1990-03-01", "Villages in the Kodori Gorge were shelled."))
        .containsExactly("USR");
    assertThat(codes("1995-03-01", "Talks in Pale failed.")).containsExactly("BIH");
    // "Pale" is a place only when capitalised.
    assertThat(codes("1995-03-01", "The sky was pale.")).isEmpty();
  }

  @Test
  void readsThroughAPlaceAsWhereTheSentenceHappens() {
    assertThat(codes("1998-05-01", "Thousands of students marched through Jakarta."))
        .containsExactly("IDNCVL", "IDN");
  }

  @Test
  void givesAgentsLoyalToSomeoneThatPersonsCountry() {
    // In 1992 Taylor led the NPFL himself: a rebel too (people.txt).
    assertThat(codes("1992-10-01", "Rebels loyal to Charles Taylor attacked a village."))
        .containsExactly("LBRREB", "LBRREB");
    assertThat(codes("1992-10-01", "Rebels loyal to the old order attacked a village.")).isEmpty();
  }

  @Test
  void lendsADomesticSentencesCountryToItsBareCiviliansAndPoliceButNotToRebels() {
    assertThat(codes("2003-03-01", "Cuban authorities arrested dozens of dissidents."))
        .containsExactly("CUBGOV", "CUBOPP");
    assertThat(
            codes(
                "1990-03-01", "President Carlos Menem pardoned military officers and guerrillas."))
        // A state pardons those its own courts sentenced, guerrillas too (DomesticRelease rule).
        .containsExactly("ARGGOV", "ARGMIL", "ARGREB");
    // Another country named: no lending.
    assertThat(codes("2003-03-01", "Cuban authorities said Americans and dissidents met."))
        .containsExactly("CUBGOV", "USA");
    // A state's demonym alone is no organ of that state: the troops are nobody's here.
    assertThat(codes("2000-03-01", "Troops killed two Palestinians.")).containsExactly("PSE");
  }

  @Test
  void codesTheOrganisationAStateLedOrBackedNotTheState() {
    assertThat(
            codes("1992-10-01", "Rebels shelled the Nigerian-led West African peacekeeping force."))
        .containsExactly("IGOWAFWAS");
    assertThat(codes("1986-10-01", "The U.S.-backed Contras attacked a farm."))
        .containsExactly("NICREB");
    // Before role words the state stays: "U.S.-led forces" still names the United States.
    assertThat(codes("2004-10-01", "U.S.-led forces attacked.")).first().isEqualTo("USA");
  }

  @Test
  void picksThePersonInOfficeOnTheDayAmongTwoWhoShareAName() {
    assertThat(codes("1990-09-05", "Shevardnadze met Tariq Aziz.")).first().isEqualTo("USRGOV");
    assertThat(codes("1998-09-05", "Shevardnadze met the envoy.")).first().isEqualTo("GEOGOV");
    // Out of office on the day, both: the first listed stays (Georgia's), an elite.
    assertThat(codes("2010-09-05", "Shevardnadze spoke.")).containsExactly("GEOELI");
  }
}
