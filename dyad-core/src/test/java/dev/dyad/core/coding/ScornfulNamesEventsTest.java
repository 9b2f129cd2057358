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
}
