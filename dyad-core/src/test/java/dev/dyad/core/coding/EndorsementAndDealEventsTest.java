package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SUPPORT in real news (issue 11): endorsements between politicians, and agreements named by their
 * parties, which PLOVER codes as SUPPORT sign both ways (not AGREE, a commitment). Sentences
 * written for this test; events are "SRC>TGT TYPE" at country level.
 */
class EndorsementAndDealEventsTest {
  private static List<String> coded(String... sentences) {
    return Docs.lastSentenceEvents(sentences).stream()
        .map(e -> Docs.dyad(e) + " " + e.eventType())
        .sorted()
        .toList();
  }

  @Test
  void endorsementsInTheirUsualFormsAreSupport() {
    assertThat(coded("Joe Biden won the endorsement of Bernie Sanders."))
        .containsExactly("USA>USA SUPPORT");
    assertThat(coded("Elizabeth Warren threw her support behind Joe Biden."))
        .containsExactly("USA>USA SUPPORT");
    assertThat(coded("Donald Trump tweeted his support for Boris Johnson."))
        .containsExactly("USA>GBR SUPPORT");
    assertThat(coded("Joe Biden was endorsed by Barack Obama on Tuesday."))
        .containsExactly("USA>USA SUPPORT");
    assertThat(coded("Elizabeth Warren's endorsement of Joe Biden came late."))
        .containsExactly("USA>USA SUPPORT");
  }

  @Test
  void herAsAnObjectIsTheLastPersonNamedButNeverAsAPossessive() {
    assertThat(
            coded(
                "Hillary Clinton ran for president in 2016.",
                "Bernie Sanders endorsed her in July."))
        .containsExactly("USA>USA SUPPORT");
    assertThat(
            coded(
                "Hillary Clinton ran for president in 2016.", "Bernie Sanders endorsed her plan."))
        .isEmpty();
  }

  @Test
  void endorsingAThingOrNoOneIsNoEvent() {
    assertThat(coded("Doctors endorsed the vaccine.")).isEmpty();
    assertThat(coded("Elizabeth Warren threw her support behind the bill.")).isEmpty();
  }

  @Test
  void anAgreementBetweenNamedPartiesIsSigningByEachPair() {
    assertThat(coded("Roosevelt mediated a peace agreement between Japan and Russia."))
        .containsExactly("JPN>RUS SUPPORT", "RUS>JPN SUPPORT");
    assertThat(coded("The deal brokered between Israel and the United Arab Emirates held."))
        .containsExactly("ARE>ISR SUPPORT", "ISR>ARE SUPPORT");
    assertThat(coded("The 1979 Egypt-Israel peace treaty still holds."))
        .containsExactly("EGY>ISR SUPPORT", "ISR>EGY SUPPORT");
  }

  @Test
  void aSecondBetweenAfterAndNamesMoreSignatories() {
    assertThat(
            coded(
                "The White House announced deals between Israel and Bahrain and between Serbia,"
                    + " Kosovo and Israel."))
        .containsExactlyInAnyOrder(
            "ISR>BHR SUPPORT",
            "BHR>ISR SUPPORT",
            "SRB>XKX SUPPORT",
            "SRB>ISR SUPPORT",
            "XKX>SRB SUPPORT",
            "XKX>ISR SUPPORT",
            "ISR>SRB SUPPORT",
            "ISR>XKX SUPPORT");
  }

  @Test
  void normalisingRelationsBetweenPartiesIsSupport() {
    assertThat(coded("The normalization of relations between Egypt and Israel came in 1980."))
        .containsExactly("EGY>ISR SUPPORT", "ISR>EGY SUPPORT");
    // Relationship nouns alone trigger nothing.
    assertThat(coded("The relations between Egypt and Israel are cold.")).isEmpty();
  }

  @Test
  void sayingSomeoneIsAGreatManIsPraise() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Senator Chuck Schumer said Biden was \"a true patriot\" on Friday.")))
        .containsExactly("USALEG>USAELI SUPPORT");
    // A state said to be a threat is no praise, and this pattern codes nothing for it.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Senator Chuck Schumer said Iran was the greatest threat.")))
        .doesNotContain("USALEG>IRN SUPPORT");
  }
}
