package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "the parliament" and "the court" with no country of their own are the parliament or court named
 * in this sentence or the two before, as "the rebels" are the last rebels named.
 */
class BodiesNamedBeforeTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<String> codes(String... sentences) {
    ArticleActors article = MATCHER.article(List.of(sentences), Optional.empty());
    return article.mentions(sentences.length - 1).stream().map(m -> m.actor().code()).toList();
  }

  @Test
  void theParliamentIsTheOneNamedBefore() {
    assertThat(
            codes(
                "Iraq's parliament voted in Baghdad on Sunday to expel foreign troops.",
                "The United States said it was dismayed by the parliament's vote."))
        .containsExactly("USA", "IRQLEG");
  }

  @Test
  void theCourtIsTheOneNamedBefore() {
    assertThat(
            codes(
                "Pakistan's Supreme Court heard the case in Islamabad on Monday.",
                "Human Rights Watch criticised the court for the ruling."))
        .contains("PAKJUD");
  }
}
