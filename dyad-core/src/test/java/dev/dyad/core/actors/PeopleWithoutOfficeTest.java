package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Opposition leaders, activists and leaders of armed groups: listed with the sector the news gives
 * them for the years it does, and read as people, not places, when their name holds one.
 */
class PeopleWithoutOfficeTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<ActorMention> on(String day, String sentence) {
    return MATCHER.find(sentence, Optional.of(LocalDate.parse(day)));
  }

  @Test
  void anOppositionLeaderIsOppositionWhileTheNewsCallsHimSo() {
    assertThat(on("2021-02-02", "A Moscow court jailed Alexei Navalny."))
        .extracting(m -> m.actor().code())
        .containsExactly("RUSJUD", "RUSOPP");
    assertThat(on("2025-01-01", "Navalny was remembered."))
        .extracting(m -> m.actor().code())
        .containsExactly("RUSELI");
  }

  @Test
  void theLeaderOfAnArmedGroupIsItsRebel() {
    assertThat(on("2020-01-05", "Hassan Nasrallah threatened Israel."))
        .extracting(m -> m.actor().code())
        .containsExactly("LBNREB", "ISR");
  }

  @Test
  void aStatelessLeaderIsTheRebelOrClericOfTheCountryHeCameFrom() {
    assertThat(on("1998-08-21", "Osama bin Laden threatened the United States."))
        .extracting(m -> m.actor().code())
        .containsExactly("SAUREB", "USA");
    assertThat(on("2011-06-01", "Bin Laden's death was confirmed."))
        .extracting(m -> m.actor().code())
        .containsExactly("SAUELI");
    assertThat(on("2008-03-20", "China accused the Dalai Lama of inciting the riots."))
        .extracting(m -> m.actor().code())
        .containsExactly("CHN", "CHNREL");
  }

  @Test
  void aFormerPrimeMinisterInOppositionIsOpposition() {
    assertThat(on("2023-05-10", "Imran Khan was arrested."))
        .extracting(m -> m.actor().code())
        .containsExactly("PAKOPP");
  }

  @Test
  void aPlaceInsideAPersonsNameIsThePerson() {
    ArticleActors article =
        MATCHER.article(
            List.of(
                "Philippine President Rodrigo Duterte attacked senator Leila de Lima.",
                "Police arrested de Lima in Manila.",
                "Lima denied the charges.",
                "The talks in Lima ended."),
            Optional.of(LocalDate.of(2017, 2, 24)));
    assertThat(article.mentions(1))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(
            tuple("Police", "PHLCOP"), tuple("de Lima", "PHLLEG"), tuple("Manila", "PHL"));
    assertThat(article.mentions(2)).extracting(m -> m.actor().code()).containsExactly("PHLLEG");
    // After "in", Lima is the city again.
    assertThat(article.mentions(3)).extracting(m -> m.actor().code()).containsExactly("PER");
  }
}
