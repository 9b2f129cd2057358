package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Calling someone's act by a scornful name is criticism of them: "called the Democrats' inquiry a
 * witch hunt", "called the minister's plan lousy". The scorn words are one class ($DISPARAGE) that
 * every naming pattern shares.
 */
class ScornfulNamesEventsTest {
  @Test
  void aPluralOwnersActCalledAWitchHuntIsCriticismOfThem() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Trump again called the Democrats' inquiry a \"witch hunt\" on Friday.")))
        .containsExactly("USAGOV>USAPTY ACCUSE");
  }

  @Test
  void aPlainScornfulAdjectiveIsCriticism() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The vote took place in Ottawa on Tuesday.",
                    "Prime Minister Justin Trudeau called Donald Trump's proposed tariffs \"lousy\".")))
        .containsExactly("CANGOV>USAGOV ACCUSE");
  }

  @Test
  void aNameThatPraisesIsNoCriticism() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The vote took place in Ottawa on Tuesday.",
                    "Prime Minister Justin Trudeau called Donald Trump's proposed tariffs \"a good"
                        + " start\".")))
        .isEmpty();
  }

  @Test
  void sayingSomeoneIsAQuotedDisgraceIsCriticism() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Biden said Trump was \"a national disgrace\" on Friday.")))
        .containsExactly("USAELI>USAGOV ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Biden said Trump's tariff plan was \"a disaster\".")))
        .containsExactly("USAELI>USAGOV ACCUSE");
  }

  @Test
  void referringToSomeoneByAWordOfScornIsCriticism() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Trump again referred to Biden as \"shameful\" at the rally.")))
        .containsExactly("USAGOV>USAELI ACCUSE");
  }

  @Test
  void sayingAStateIsUnderAttackIsNoCriticismOfIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Israel's cabinet met in Jerusalem on Sunday.",
                    "Netanyahu said Israel was under attack.")))
        .isEmpty();
  }

  @Test
  void itAfterAVerbOfNamingIsTheActNotAnActor() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A US drone strike killed an Iranian general in Baghdad on Friday.",
                    "Iraq's prime minister lashed out at the strike, calling it a breach of"
                        + " Iraqi sovereignty.")))
        .containsExactly("IRQGOV>USA ACCUSE");
  }
}
