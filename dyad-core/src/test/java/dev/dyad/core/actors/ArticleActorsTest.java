package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading an article in order: titled people remembered by surname; the dateline's country; the
 * country the article is about.
 */
class ArticleActorsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());
  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2001, 5, 1));

  @Test
  void remembersATitledPersonBySurnameForTheRestOfTheArticle() {
    ArticleActors article =
        MATCHER.article(
            List.of(
                "Spanish Defence Minister Ana Ruiz visited Maputo.",
                "Nothing else happened.",
                "Ruiz said Spain would keep sending aid, and Ana Ruiz left."),
            DATE);
    assertThat(article.mentions(2))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(
            tuple("Ruiz", "ESPGOV"), tuple("Spain", "ESP"), tuple("Ana Ruiz", "ESPGOV"));
  }

  @Test
  void readsEarlierSentencesFirstWhenASentenceIsAskedOutOfOrder() {
    ArticleActors article =
        MATCHER.article(
            List.of("Spanish Defence Minister Ana Ruiz visited Maputo.", "Ruiz left."), DATE);
    assertThat(article.mentions(1)).extracting(m -> m.actor().code()).containsExactly("ESPGOV");
    assertThat(article.mentions(0))
        .extracting(m -> m.actor().code())
        .containsExactly("ESPGOV", "MOZ");
    assertThat(article.size()).isEqualTo(2);
  }

  @Test
  void forgetsNamesBetweenArticles() {
    MATCHER.article(List.of("Spanish Defence Minister Ana Ruiz left."), DATE).mentions(0);
    assertThat(MATCHER.article(List.of("Ruiz said so."), DATE).mentions(0)).isEmpty();
    assertThat(MATCHER.find("Ruiz said so.", DATE)).isEmpty();
  }

  @Test
  void givesTitledPeopleTheCountryOfTheDateline() {
    ArticleActors article =
        MATCHER.article(
            List.of(
                "BISHKEK, Kyrgyzstan (AP) - President Temir Sadykov dissolved parliament.",
                "Sadykov said the vote was rigged."),
            DATE);
    assertThat(article.mentions(0))
        .extracting(ActorMention::text, m -> m.actor().code())
        .contains(tuple("President Temir Sadykov", "KGZGOV"));
    assertThat(article.mentions(1)).extracting(m -> m.actor().code()).containsExactly("KGZGOV");
  }

  @Test
  void doesNotTakeADatelineFromALaterSentenceOrFromLowerCaseText() {
    ArticleActors article =
        MATCHER.article(
            List.of(
                "Bishkek - President Temir Sadykov spoke.",
                "BISHKEK - President Temir Sadykov spoke."),
            DATE);
    assertThat(article.mentions(0)).extracting(m -> m.actor().code()).containsExactly("KGZ");
    assertThat(article.mentions(1)).extracting(m -> m.actor().code()).containsExactly("KGZ");
  }

  @Test
  void rejectsASentenceIndexOutsideTheArticle() {
    assertThatThrownBy(() -> MATCHER.article(List.of("One."), DATE).mentions(1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void givesTheArticlesOwnCountryToTitledStrangersAndLocalRoleWordsWithNoOther() {
    ArticleActors article =
        MATCHER.article(
            List.of(
                "The United States Senate met in Washington on Tuesday.",
                "Senator Ana Ruiz criticised the plan.",
                "Police arrested two protesters.",
                "The president signed the bill."),
            DATE);
    assertThat(article.mentions(1)).extracting(m -> m.actor().code()).containsExactly("USALEG");
    assertThat(article.mentions(2))
        .extracting(m -> m.actor().code())
        .containsExactly("USACOP", "USACVL");
    assertThat(article.mentions(3)).extracting(m -> m.actor().code()).containsExactly("USAGOV");
  }

  @Test
  void lendsNoCountryWhenTheArticleIsAboutTwoOrTheSentenceNamesAnother() {
    ArticleActors two =
        MATCHER.article(
            List.of(
                "Armenia and Azerbaijan traded fire.",
                "Armenia accused Azerbaijan of shelling villages.",
                "Police arrested two protesters."),
            DATE);
    assertThat(two.mentions(2)).isEmpty();
    ArticleActors another =
        MATCHER.article(
            List.of(
                "The United States Senate met in Washington on Tuesday.",
                "Police arrested two protesters in Mexico.",
                "Police arrested two protesters, Mexico said."),
            DATE);
    assertThat(another.mentions(1))
        .extracting(m -> m.actor().code())
        .containsExactly("MEXCOP", "MEXCVL");
    assertThat(another.mentions(2)).extracting(m -> m.actor().code()).containsExactly("MEX");
  }

  @Test
  void doesNotTakeASurnameAfterAnotherFirstNameOrBeforeAnotherName() {
    Optional<LocalDate> date = Optional.of(LocalDate.of(2020, 6, 1));
    assertThat(MATCHER.find("Hunter Biden and Warren Buffett spoke at Trump Tower.", date))
        .isEmpty();
    assertThat(MATCHER.find("Biden and Warren spoke.", date))
        .extracting(m -> m.actor().code())
        .containsExactly("USAELI", "USALEG");
  }
}
