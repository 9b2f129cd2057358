package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "I" and "we" inside a quotation are the speaker the sentence names beside it, and a statement
 * quoted in the speaker's own words is made: asserted (gold README, speech acts). So is one the
 * speaker tells of themselves in reported speech ("said it condemned").
 */
class QuotedSpeechEventsTest {
  @Test
  void theSpeakerAfterTheQuotationIsItsWe() {
    assertThat(Docs.dyads(Docs.of("\"We condemn Israel,\" al-Sisi said on Monday.")))
        .containsExactly("EGYGOV>ISR ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "\"We condemn the Israeli airstrikes on Gaza,\" Egyptian President Abdel"
                        + " Fattah al-Sisi said.")))
        .contains("EGYGOV>ISR ACCUSE");
  }

  @Test
  void theSpeakerBeforeTheQuotationIsItsWe() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Cuban Foreign Minister Bruno Rodriguez said: \u201cWe strongly reject the"
                        + " new US sanctions.\u201d")))
        .containsExactly("CUBGOV>USA REJECT");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "According to Russian Foreign Minister Sergei Lavrov, \"we condemn the"
                        + " United States.\"")))
        .containsExactly("RUSGOV>USA ACCUSE");
  }

  @Test
  void aVerbOfSayingMayStandAFewWordsBeforeTheQuotation() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Cuba's foreign minister responded on Twitter on Friday: \"I strongly reject"
                        + " the new US sanctions.\"")))
        .containsExactly("CUBGOV>USA REJECT");
  }

  @Test
  void aSpeakerNamedByAPronounIsTheOneItStandsFor() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Russian Foreign Minister Sergei Lavrov spoke in Moscow on Friday.",
                    "He said: \"We condemn the United States.\"")))
        .containsExactly("RUSGOV>USA ACCUSE");
  }

  @Test
  void aQuotedStatementIsMadeNotReported() {
    assertThat(
            Docs.CUED
                .code(
                    Docs.of(
                        "\"I call on the United States to lift the sanctions,\" Iran's foreign"
                            + " minister said."))
                .stream()
                .map(e -> e.modality().label()))
        .containsExactly("asserted");
  }

  @Test
  void anActTheSpeakerTellsOfIsReported() {
    assertThat(
            Docs.CUED
                .code(
                    Docs.of(
                        "Russian Defence Minister Sergei Shoigu said: \"We attacked the Ukrainian"
                            + " army near Kharkiv.\""))
                .stream()
                .map(e -> e.modality().label()))
        .containsExactly("reported");
  }

  @Test
  void aHedgeInsideTheQuotationStillHedges() {
    assertThat(
            Docs.CUED
                .code(Docs.of("\"We may impose sanctions on Iran,\" a French diplomat said."))
                .stream()
                .map(e -> e.modality().label()))
        .containsOnly("speculative");
  }

  @Test
  void aQuotationWithNoSpeakerCodesNothing() {
    assertThat(Docs.dyads(Docs.of("\"We strongly condemn Israel.\""))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Protesters chanted \"we condemn Israel\" outside."))).isEmpty();
  }

  @Test
  void aSpeakersOwnStanceToldInReportedSpeechIsTaken() {
    assertThat(
            Docs.lastSentenceEvents("Russia said it strongly condemned the attack by Ukraine.")
                .stream()
                .map(Docs::labelled))
        .containsExactly("RUS>UKR ACCUSE@asserted");
    assertThat(
            Docs.lastSentenceEvents(
                    "The leaders of France and Germany said they regretted President Trump's"
                        + " decision and urged Washington to stay in the deal.")
                .stream()
                .map(Docs::labelled))
        .contains("FRAGOV>USAGOV ACCUSE@asserted", "DEUGOV>USA REQUEST@asserted");
  }

  @Test
  void anEarlierActTheSpeakerReportsOrAnotherPartysStanceStaysReported() {
    assertThat(
            Docs.lastSentenceEvents("Russia said it had condemned the Ukrainian attack.").stream()
                .map(Docs::labelled))
        .containsExactly("RUS>UKR ACCUSE@reported");
    assertThat(
            Docs.lastSentenceEvents("The rebels said Russia rejected the proposal made by Ukraine.")
                .stream()
                .map(Docs::labelled))
        .containsExactly("RUS>UKR REJECT@reported");
  }
}
