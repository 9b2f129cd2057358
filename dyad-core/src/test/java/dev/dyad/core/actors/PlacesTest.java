package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Places that imply a country (places.txt), with the date deciding who held them. */
class PlacesTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<ActorMention> on(String date, String sentence) {
    return MATCHER.find(sentence, LocalDate.parse(date));
  }

  private static List<String> codes(String date, String sentence) {
    return on(date, sentence).stream().map(m -> m.actor().code()).toList();
  }

  @Test
  void codesThePalestinianTerritoriesAsPalestine() {
    assertThat(
            on(
                "2005-06-01",
                "Israel responded with airstrikes on Gaza and raids in the West Bank "
                    + "and East Jerusalem."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(
            tuple("Israel", "ISR"),
            tuple("Gaza", "PSE"),
            tuple("the West Bank", "PSE"),
            tuple("East Jerusalem", "PSE"));
  }

  @Test
  void codesJubaAsSudanBeforeIndependenceAndSouthSudanAfter() {
    assertThat(codes("2011-07-08", "Juba was calm.")).containsExactly("SDN");
    assertThat(codes("2011-07-09", "Juba was calm.")).containsExactly("SSD");
    assertThat(MATCHER.find("Juba was calm.", Optional.empty()))
        .extracting(m -> m.actor().code())
        .containsExactly("SSD");
  }

  @Test
  void codesHongKongAsItsOwnActorAndMacauByItsSovereign() {
    // Hong Kong is HKG before and after the handover, as in the Phoenix dictionary.
    assertThat(codes("1997-06-30", "Hong Kong protested.")).containsExactly("HKG");
    assertThat(codes("1997-07-01", "Hong Kong protested.")).containsExactly("HKG");
    assertThat(codes("1999-12-19", "Macau protested.")).containsExactly("PRT");
    assertThat(codes("1999-12-20", "Macau protested.")).containsExactly("CHN");
  }

  @Test
  void keepsCrimeaUkrainianAfterTheAnnexationAndSovietBefore1992() {
    assertThat(codes("2015-01-01", "Crimea voted.")).containsExactly("UKR");
    assertThat(codes("2023-01-01", "Shelling hit Donetsk.")).containsExactly("UKR");
    assertThat(codes("1990-01-01", "Crimea voted.")).containsExactly("USR");
  }

  @Test
  void followsKosovoThroughYugoslaviaSerbiaAndIndependence() {
    assertThat(codes("1999-03-01", "Fighting in Mitrovica.")).containsExactly("YUG");
    assertThat(codes("2004-03-01", "Fighting in Mitrovica.")).containsExactly("SCG");
    assertThat(codes("2007-03-01", "Fighting in Mitrovica.")).containsExactly("SRB");
    assertThat(codes("2010-03-01", "Fighting in Mitrovica.")).containsExactly("XKX");
  }

  @Test
  void codesBareKashmirAsIndiaAndAzadKashmirAsPakistan() {
    assertThat(codes("2005-06-01", "Kashmir and Azad Kashmir were hit."))
        .containsExactly("IND", "PAK");
  }

  @Test
  void codesRegionsOfConflictStates() {
    assertThat(
            codes(
                "2016-06-01",
                "Aleppo, Mosul, Kandahar, Mogadishu, Goma, Benghazi and " + "Chechnya."))
        .containsExactly("SYR", "IRQ", "AFG", "SOM", "COD", "LBY", "RUS");
    assertThat(codes("1995-06-01", "Srebrenica fell.")).containsExactly("BIH");
    assertThat(codes("2005-06-01", "Belfast and Northern Ireland.")).containsExactly("GBR", "GBR");
  }

  @Test
  void giveTheirCountryToRoleWordsInTheirPhrase() {
    assertThat(on("2005-06-01", "Darfur rebels and residents of Gaza fled."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Darfur rebels", "SDNREB"), tuple("residents of Gaza", "PSECVL"));
  }

  @Test
  void keepsNationalityOverLocation() {
    assertThat(on("2005-06-01", "Israeli troops in Gaza fired."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Israeli troops", "ISRMIL"), tuple("Gaza", "PSE"));
  }

  @Test
  void matchesCommonWordsOnlyAsCapitalisedPlaceNames() {
    assertThat(codes("2005-06-01", "The tyre burst near Tyre.")).containsExactly("LBN");
    assertThat(codes("2005-06-01", "A SWAT team went to Swat.")).containsExactly("PAK");
  }
}
