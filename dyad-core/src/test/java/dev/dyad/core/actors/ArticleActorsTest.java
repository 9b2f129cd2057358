package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading an article in order: titled people remembered by surname; the dateline's country. */
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
}
