package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Acts of the state told in the passive with no agent ("a man was arrested in Nairobi"): CAMEO
 * coders supply the agent, the police for arrests, the courts for charges and sentences, the
 * government for deportations, of the place the sentence names for the act, else of the police or
 * courts it names, else of the article's country.
 */
class ImpliedAgentEventsTest {
  @Test
  void anArrestInACityIsByThatCountrysPolice() {
    assertThat(Docs.dyads(Docs.of("A man was arrested in Nairobi on Friday.")))
        .containsExactly("KENCOP>KENCVL COERCE");
    assertThat(Docs.dyads(Docs.of("Three opposition activists were detained in Minsk.")))
        .containsExactly("BLRCOP>BLROPP COERCE");
  }

  @Test
  void chargesAreByTheCourtsOfThePlaceAndTheVictimKeepsItsCountry() {
    assertThat(Docs.dyads(Docs.of("Two British nationals have been charged with spying in Iran.")))
        .containsExactly("IRNJUD>GBRCVL ACCUSE");
  }

  @Test
  void sentencesAndJailingsAreByTheCourts() {
    assertThat(Docs.dyads(Docs.of("Nine men were jailed for the bombing in Lahore.")))
        .containsExactly("PAKJUD>PAKCVL COERCE");
  }

  @Test
  void withNoPlaceTheArticlesCountryActs() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenya held a disputed election on Tuesday.",
                    "The vote count in Kenya was delayed by two days.",
                    "An opposition leader was sentenced to five years in prison on Friday.")))
        .contains("KENJUD>KENOPP COERCE");
  }

  @Test
  void deportationsAreByTheGovernmentOfThePlaceLeft() {
    assertThat(Docs.dyads(Docs.of("Two Nigerian nationals were deported from Spain on Monday.")))
        .containsExactly("ESPGOV>NGACVL COERCE");
  }

  @Test
  void aNamedAgentIsNeverReplaced() {
    assertThat(Docs.dyads(Docs.of("A man was arrested by rebels in Goma.")))
        .noneMatch(d -> d.contains("COP"));
    // The men who held him are coded (gunmen of the place), never the police.
    assertThat(Docs.dyads(Docs.of("A man was detained by masked men in Nairobi.")))
        .containsExactly("KENUAF>KENCVL COERCE");
  }

  @Test
  void actsOfNoStateImplyNoAgent() {
    assertThat(Docs.dyads(Docs.of("A man was kidnapped in Nairobi on Friday.")))
        .noneMatch(d -> d.contains("COP") || d.contains("JUD") || d.contains("GOV"));
    // A killing keeps its own reading (the place of the act), with no police or court supplied.
    assertThat(Docs.dyads(Docs.of("A man was killed in Nairobi on Friday.")))
        .noneMatch(d -> d.contains("COP") || d.contains("JUD") || d.contains("GOV"));
    // "Held" is a hostage's or a meeting's word as often as a prisoner's.
    assertThat(Docs.dyads(Docs.of("Two British nationals were held in Iran for weeks.")))
        .noneMatch(d -> d.contains("COP"));
  }

  @Test
  void aStateOrAThingIsNoPersonHeld() {
    assertThat(Docs.dyads(Docs.of("The tanker was detained in Lagos on Friday."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Kenya was charged with breaking the rules in Geneva.")))
        .noneMatch(d -> d.contains("JUD"));
  }

  @Test
  void noCountryKnownCodesNothing() {
    assertThat(Docs.dyads(Docs.of("The storm passed at night.", "A man was arrested on Friday.")))
        .isEmpty();
  }

  @Test
  void anArrestDemandedIsNotMade() {
    assertThat(
            Docs.dyads(
                Docs.of("Protesters in Nairobi demanded that the officer be arrested in Nairobi.")))
        .noneMatch(d -> d.startsWith("KENCOP"));
  }

  @Test
  void backgroundIsNotNews() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    LocalDate.of(2024, 3, 1),
                    "The opposition leader died on Monday in Nairobi.",
                    "He was jailed in Nairobi in 1996 for sedition.")))
        .noneMatch(d -> d.contains("JUD"));
  }

  @Test
  void aSentenceReceivedIsTheCourts() {
    assertThat(
            Docs.dyads(
                Docs.of("Three opposition activists received long prison sentences in Minsk.")))
        .containsExactly("BLRJUD>BLROPP COERCE");
    assertThat(Docs.dyads(Docs.of("Three opposition activists received awards in Minsk.")))
        .isEmpty();
  }

  @Test
  void aPlaceThatOpensTheSentenceIsWhereItHappenedButOneInTheSubjectIsNot() {
    assertThat(Docs.dyads(Docs.of("In Nairobi, two opposition activists were detained on Friday.")))
        .containsExactly("KENCOP>KENOPP COERCE");
    // Where the man works describes him; it is not where he was arrested.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The storm passed at night.",
                    "A Nigerian man, a trader at a market in Nairobi, was arrested on Friday.")))
        .noneMatch(d -> d.startsWith("KENCOP"));
  }
}
