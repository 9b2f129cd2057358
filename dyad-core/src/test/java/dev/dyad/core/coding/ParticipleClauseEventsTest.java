package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A participle after a comma shares the main clause's subject: "X did something, accusing Y of …"
 * is an accusation by X. Wire news writes a second act this way more often than with "and".
 */
class ParticipleClauseEventsTest {
  @Test
  void anAccusingParticipleTakesTheSubjectOfTheCodedMainVerb() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Turkey expelled two Greek diplomats on Friday, accusing Greece of spying.")))
        .contains("TUR>GRC ACCUSE");
  }

  @Test
  void anAccusingParticipleTakesTheActorThatOpensTheSentenceWhenTheMainVerbCodedNothing() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Peruvian farmers blocked the highway for a week, accusing Chile of"
                        + " stealing their water.")))
        .contains("PERCVL>CHL ACCUSE");
  }

  @Test
  void aProtestDrawnFromAStateIsItsAccusationOfTheMainSubject() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Syrian jets bombed a village in Jordan on Monday, drawing an angry protest"
                        + " from Jordan.")))
        .contains("JOR>SYRMIL ACCUSE");
  }

  @Test
  void aParticipleAfterASpeechVerbHasNoSharedSubject() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Officials said on Monday, citing reports, that Chile had accused nobody.")))
        .isEmpty();
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Brazil said talks went well, accusing nobody.",
                    "It was a calm meeting, blaming Peru for nothing.")))
        .doesNotContain("BRA>PER ACCUSE");
  }

  @Test
  void aPastVerbAfterAndSharesTheSubjectOfTheCodedVerbBeforeIt() {
    assertThat(
            Docs.dyads(
                Docs.of("Chile expelled two Peruvian diplomats and accused Bolivia of spying.")))
        .contains("CHL>BOL ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of("Chile expelled two Peruvian diplomats and Bolivia condemned Peru.")))
        .doesNotContain("CHL>PER ACCUSE");
  }
}
