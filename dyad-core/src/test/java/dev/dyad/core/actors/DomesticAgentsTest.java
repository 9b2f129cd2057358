package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Domestic agents named with no country in their sentence: the article's country, the dateline's,
 * or a region or city of the sentence gives them one; with none they code nothing.
 */
class DomesticAgentsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());
  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2019, 9, 1));

  private static List<String> codes(ArticleActors article, int index) {
    return article.mentions(index).stream().map(m -> m.actor().code()).toList();
  }

  private static ArticleActors kenyanStory(String sentence) {
    return MATCHER.article(
        List.of(
            "Kenya held a disputed election on Tuesday.",
            "The vote count in Kenya was delayed by two days.",
            sentence),
        DATE);
  }

  @Test
  void soldiersOfficialsAndTheInterimGovernmentTakeTheArticlesCountry() {
    assertThat(codes(kenyanStory("Soldiers fired on the crowd."), 2))
        .containsExactly("KENMIL", "KENCVL");
    assertThat(codes(kenyanStory("Officials cleared the area around the court."), 2))
        .containsExactly("KENGOV", "KENJUD");
    assertThat(codes(kenyanStory("The interim government banned opposition rallies."), 2))
        .containsExactly("KENGOV", "KENOPP");
    assertThat(codes(kenyanStory("Militants ambushed a convoy of troops."), 2))
        .containsExactly("KENREB", "KENMIL");
  }

  @Test
  void lawEnforcementOfficersAndProsecutorsArePoliceAndCourts() {
    assertThat(codes(kenyanStory("Law enforcement cleared the protesters using tear gas."), 2))
        .containsExactly("KENCOP", "KENCVL");
    assertThat(codes(kenyanStory("Officers detained rioters after prosecutors asked."), 2))
        .containsExactly("KENCOP", "KENCVL", "KENJUD");
    assertThat(MATCHER.find("The prosecutor general of Tehran charged them.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("IRNJUD");
  }

  @Test
  void rebelsNamedByTheirCauseAreTheOneNamedStatesOwn() {
    assertThat(MATCHER.find("The Peruvian army attacked communist rebels.", DATE))
        .extracting(m -> m.actor().code(), ActorMention::text)
        .containsExactly(tuple("PERMIL", "Peruvian army"), tuple("PERREB", "communist rebels"));
    assertThat(MATCHER.find("Indonesian police arrested two separatist guerrillas.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("IDNCOP", "IDNREB");
    // Islamist militants cross borders; a second country leaves the cause's home open.
    assertThat(MATCHER.find("Kenyan troops killed five Islamist militants.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("KENMIL");
    assertThat(MATCHER.find("Indian and Nepalese troops fought Maoist rebels.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("IND", "NPLMIL");
  }

  @Test
  void diplomatsEnvoysAndSpokesmenDoNotTakeTheArticlesCountry() {
    assertThat(codes(kenyanStory("Diplomats and envoys met the leaders."), 2)).isEmpty();
    assertThat(codes(kenyanStory("A spokesman said the talks would go on."), 2)).isEmpty();
  }

  @Test
  void theDatelineLendsItsCountryWhenTheArticleHasNoLeadYet() {
    ArticleActors article =
        MATCHER.article(
            List.of(
                "NAIROBI, Kenya (AP) - Crowds gathered after the vote.",
                "Police arrested two protesters."),
            DATE);
    assertThat(codes(article, 1)).containsExactly("KENCOP", "KENCVL");
  }

  @Test
  void anAgentWithNoCountryAnywhereCodesNothing() {
    ArticleActors article =
        MATCHER.article(
            List.of("The storm passed at night.", "Police arrested two protesters."), DATE);
    assertThat(codes(article, 1)).isEmpty();
    ArticleActors twoStates =
        MATCHER.article(
            List.of(
                "Kenya and Uganda argued over an island.",
                "Kenya said Uganda had moved its flag.",
                "Soldiers fired on the crowd."),
            DATE);
    assertThat(codes(twoStates, 2)).isEmpty();
  }

  @Test
  void aCompassWordBeforeThePlaceKeepsItTheSentencesPlace() {
    assertThat(MATCHER.find("Police dispersed protesters in northern Nigeria.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("NGACOP", "NGACVL", "NGA");
    assertThat(MATCHER.find("Rebels in northern Mali attacked a convoy.", DATE))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Rebels in northern Mali", "MLIREB"));
  }

  @Test
  void statesAndCitiesOfLargeCountriesNameTheirCountry() {
    assertThat(MATCHER.find("Police in Kenosha, Wisconsin, arrested two protesters.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("USACOP", "USA", "USACVL");
    assertThat(MATCHER.find("Florida Governor Ana Ruiz declared an emergency.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("USAGOV");
    assertThat(MATCHER.find("The parliament of New South Wales voted.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("AUSLEG");
    // "New York" stays out: more often the UN's seat or a dateline than an actor.
    assertThat(MATCHER.find("Police arrested two protesters in New York.", DATE)).isEmpty();
  }

  @Test
  void theTitleCountsTowardsTheCountryTheArticleIsAbout() {
    List<String> body =
        List.of("The vote was held in Kenya on Tuesday.", "Police arrested two protesters.");
    assertThat(codes(MATCHER.article(body, DATE), 1)).isEmpty();
    assertThat(
            codes(
                MATCHER.article(body, DATE).title(Optional.of("Kenyan police detain protesters")),
                1))
        .containsExactly("KENCOP", "KENCVL");
    // A title is never a dateline: the first sentence still may be one.
    ArticleActors datelined =
        MATCHER
            .article(List.of("KAMPALA, Uganda (AP) - Police arrested two protesters."), DATE)
            .title(Optional.of("ARRESTS - what we know"));
    assertThat(codes(datelined, 0)).containsExactly("UGA", "UGA", "UGACOP", "UGACVL");
  }

  @Test
  void roleWordsAfterAndShareTheNationalityOfTheirOwnSide() {
    assertThat(MATCHER.find("He planned attacks on American diplomats and service members.", DATE))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("American diplomats", "USAGOV"), tuple("service members", "USAMIL"));
    assertThat(MATCHER.find("Israeli troops and militants exchanged fire.", DATE))
        .extracting(m -> m.actor().code())
        .containsExactly("ISRMIL");
  }

  @Test
  void lowerCaseGeneralAndUnitsAreNoSoldiers() {
    assertThat(codes(kenyanStory("The general public sold more units."), 2)).isEmpty();
    assertThat(codes(kenyanStory("General Ana Ruiz resigned."), 2)).containsExactly("KENMIL");
  }

  @Test
  void suspectsAreCriminalsAndRepresentativesLawmakers() {
    assertThat(codes(kenyanStory("Police arrested three suspects."), 2))
        .containsExactly("KENCOP", "KENCRM");
    assertThat(codes(kenyanStory("Representative Ana Ruiz resigned."), 2))
        .containsExactly("KENLEG");
    // The place after the name is the holder's, before the article's country.
    assertThat(
            kenyanStory("Representative Ana Ruiz of Ohio's third district resigned.").mentions(2))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Representative Ana Ruiz of Ohio", "USALEG"));
  }
}
