package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which unlisted names the reader makes people of, with which country and sector, and which it
 * leaves alone. Names and sentences are invented.
 */
class UnlistedPeopleTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<ActorMention> last(String... sentences) {
    ArticleActors article = MATCHER.article(List.of(sentences), Optional.empty());
    return article.mentions(sentences.length - 1);
  }

  @Test
  void anOfPhraseWithABodyGivesTheSectorAndTheSurnameIsRemembered() {
    assertThat(
            last(
                "A bomb exploded in Kandahar, Afghanistan, on Monday.",
                "Gul Wardani, of the Kandahar provincial council, said 20 people died.",
                "Wardani blamed the Taliban."))
        .extracting(m -> m.actor().code())
        .startsWith("AFGGOV");
  }

  @Test
  void aHyphenatedSurnameAloneNamesThePersonLater() {
    List<ActorMention> m =
        last("Eva Marten-Olsk, a politician in Austria, spoke on Monday.", "Marten-Olsk sued.");
    assertThat(m).extracting(ActorMention::text).contains("Marten-Olsk");
    assertThat(m).extracting(x -> x.actor().code()).contains("AUTGOV");
  }

  @Test
  void aNamedPrivatePersonIsMarkedForTheCoder() {
    List<ActorMention> m = last("Torvald Brennick, a resident of Lahore, Pakistan, was hurt.");
    assertThat(m)
        .extracting(x -> x.actor().code(), x -> UnlistedPeople.isNamedPrivate(x.entry()))
        .containsExactly(tuple("PAKCVL", true));
  }

  @Test
  void leavesCompaniesPlacesWorksAndOfficeHoldersAlone() {
    String[] article = {
      "Protests spread across Lahore, Pakistan, on Monday.",
      "Brennick Holdings, a company in Lahore, closed its doors.",
      "Crowds gathered at Qasim Square in Lahore.",
      "The film Lahore Nights opened in Lahore.",
      "Union general secretary Omar Rasheed spoke in Lahore.",
      "Vestry Marlow were playing in Lahore."
    };
    for (int i = 1; i < article.length; i++) {
      assertThat(MATCHER.article(List.of(article), Optional.empty()).mentions(i))
          .as(article[i])
          .noneMatch(x -> x.entry().code().startsWith("UNLISTED"));
    }
  }

  @Test
  void aLongerNameAtTheStartOfASentenceNeedsADescription() {
    assertThat(last("Protests spread across Lahore, Pakistan.", "Broadcaster Omar Rasheed left."))
        .isEmpty();
  }

  @Test
  void aPlainTwoWordNameOpeningTheSentenceActs() {
    assertThat(
            last(
                "Protests spread across Lahore, Pakistan.",
                "Pakistan's parliament met in Islamabad.",
                "Torvald Brennick criticised the decision."))
        .extracting(m -> m.text(), m -> m.actor().code())
        .containsExactly(tuple("Torvald Brennick", "PAKCVL"));
    assertThat(
            last(
                "Protests spread across Lahore, Pakistan.",
                "Pakistan's parliament met in Islamabad.",
                "Torvald Brennick, Lahore."))
        .noneMatch(x -> x.entry().code().startsWith("UNLISTED"));
  }

  @Test
  void oneAStateBansFromATeamIsItsCitizenButNotOneBannedFromEntering() {
    assertThat(
            last(
                "Iran's government met in Tehran on Monday.",
                "The Iranian Chess Federation banned Dorsa Ravandi from the national team."))
        .extracting(m -> m.actor().code())
        .contains("IRNCVL");
    assertThat(
            last(
                "Iran's government met in Tehran on Monday.",
                "Iran banned Dorsa Ravandi from entering the country."))
        .noneMatch(x -> x.entry().code().startsWith("UNLISTED"));
  }
}
