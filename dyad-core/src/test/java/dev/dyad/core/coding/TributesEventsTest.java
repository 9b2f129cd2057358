package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tributes and praise in political speech are SUPPORT: saying someone is one of the best or did a
 * great job, being proud of them, speaking highly of them, crediting them, remembering them as a
 * good person, wishing them a recovery. Giving someone credit is no loan. Sentences are invented.
 */
class TributesEventsTest {
  private static final String CONGRESS = "America's Congress met in Washington on Tuesday.";

  @Test
  void sayingSomeoneIsOneOfTheBestIsPraise() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    CONGRESS,
                    "Senator Chuck Schumer said Joe Biden was one of the finest senators.")))
        .containsExactly("USALEG>USAELI SUPPORT");
  }

  @Test
  void sayingSomeoneDidAGreatJobIsPraise() {
    assertThat(
            Docs.dyads(
                Docs.of(CONGRESS, "Senator Chuck Schumer said Joe Biden had done a terrific job.")))
        .containsExactly("USALEG>USAELI SUPPORT");
  }

  @Test
  void prideInSomeoneAndSpeakingHighlyOfThemArePraise() {
    assertThat(
            Docs.dyads(
                Docs.of(CONGRESS, "Senator Chuck Schumer said he was deeply proud of Joe Biden.")))
        .containsExactly("USALEG>USAELI SUPPORT");
    assertThat(Docs.dyads(Docs.of(CONGRESS, "Senator Chuck Schumer spoke warmly of Joe Biden.")))
        .containsExactly("USALEG>USAELI SUPPORT");
  }

  @Test
  void creditingSomeoneIsPraiseAndNoLoan() {
    assertThat(
            Docs.dyads(Docs.of(CONGRESS, "Senator Chuck Schumer credited Joe Biden with the win.")))
        .containsExactly("USALEG>USAELI SUPPORT");
    assertThat(
            Docs.dyads(
                Docs.of(CONGRESS, "Senator Chuck Schumer gave Joe Biden credit for the deal.")))
        .doesNotContain("USALEG>USAELI AID");
  }

  @Test
  void rememberingSomeoneAndWishingThemWellAreTributes() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    CONGRESS, "Senator Chuck Schumer remembered Joe Biden as a man of his word.")))
        .containsExactly("USALEG>USAELI SUPPORT");
    assertThat(
            Docs.dyads(
                Docs.of(CONGRESS, "Senator Chuck Schumer wished Joe Biden a speedy recovery.")))
        .containsExactly("USALEG>USAELI SUPPORT");
  }
}
