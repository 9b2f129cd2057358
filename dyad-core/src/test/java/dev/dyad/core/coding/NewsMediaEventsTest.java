package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * News outlets as actors (issue 11): an outlet is its country's media (MED), as CAMEO codes it, so
 * what is done to it or asked of it codes; an outlet that reports a story, or whose reporter is in
 * it, does not change whose police or crowds the story's are.
 */
class NewsMediaEventsTest {
  @Test
  void anOutletIsItsCountrysMedia() {
    assertThat(Docs.dyads(Docs.of("President Donald Trump accused CNN of spreading fake news.")))
        .containsExactly("USAGOV>USAMED ACCUSE");
    assertThat(Docs.dyads(Docs.of("Russia blocked the BBC website on Friday.")))
        .containsExactly("RUS>GBRMED COERCE");
    assertThat(Docs.dyads(Docs.of("China expelled three Wall Street Journal reporters.")))
        .containsExactly("CHN>USAMED COERCE");
  }

  @Test
  void anOutletInTheStoryLeavesItsPoliceTheirOwn() {
    String lead = "Haiti's crisis deepened as Haitians marched through Port-au-Prince.";
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead,
                    "Police fired tear gas at crowds near the palace, where a photographer for the"
                        + " Associated Press was wounded.")))
        .contains("HTICOP>HTICVL ASSAULT");
    assertThat(
            Docs.dyads(
                Docs.of(
                    lead, "According to NPR, police fired tear gas at crowds near the palace.")))
        .contains("HTICOP>HTICVL ASSAULT");
  }

  @Test
  void theOutletThatReportsIsNotTheOneAPassiveNames() {
    assertThat(Docs.dyads(Docs.of("CNN reported Navalny is to be sentenced in Moscow in June.")))
        .singleElement()
        .asString()
        .startsWith("RUSJUD>RUS");
  }
}
