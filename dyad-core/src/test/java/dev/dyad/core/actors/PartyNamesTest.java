package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Parties named by their own names: the country word in the name, or the article's country, gives
 * their country; two named parties of one country are two actors.
 */
class PartyNamesTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());
  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2009, 6, 10));

  private static List<String> codes(ArticleActors article, int index) {
    return article.mentions(index).stream().map(m -> m.actor().code()).toList();
  }

  private static List<String> texts(ArticleActors article, int index) {
    return article.mentions(index).stream().map(ActorMention::text).toList();
  }

  private static ArticleActors australianStory(String sentence) {
    return MATCHER.article(
        List.of(
            "Australia's government unveiled its budget on Tuesday.",
            "The Australian treasurer defended the cuts.",
            sentence),
        DATE);
  }

  @Test
  void aNameEndingInPartyIsAPartyOfTheArticlesCountry() {
    ArticleActors story =
        australianStory("The Labor Party accused the Liberal Party of scaremongering.");
    assertThat(codes(story, 2)).containsExactly("AUSPTY", "AUSPTY");
    assertThat(texts(story, 2)).containsExactly("Labor Party", "Liberal Party");
  }

  @Test
  void partyOfAndACountryWordInTheNameAreReadToo() {
    assertThat(codes(australianStory("The Party of National Unity denied the claims."), 2))
        .containsExactly("AUSPTY");
    assertThat(
            MATCHER.find("The Pakistan Peoples Party won the vote.", DATE).stream()
                .map(m -> m.actor().code()))
        .containsExactly("PAKPTY");
  }

  @Test
  void aNameEndingInAssociationOrFederationIsLabour() {
    assertThat(codes(australianStory("The Australian Nursing Federation called a strike."), 2))
        .containsExactly("AUSLAB");
    assertThat(codes(australianStory("The Rural Doctors Association rejected the offer."), 2))
        .containsExactly("AUSLAB");
    // Sports bodies are not unions.
    assertThat(codes(australianStory("The Australian Football Federation fined the club."), 2))
        .doesNotContain("AUSLAB");
    // A body the dictionary lists keeps its own code.
    assertThat(
            MATCHER
                .find("The Association of Southeast Asian Nations met in Jakarta.", DATE)
                .stream()
                .map(m -> m.actor().code()))
        .contains("IGOSEAASN");
  }

  @Test
  void partyNicknamesAreCapitalisedPartyWords() {
    assertThat(codes(australianStory("The Greens and the Liberals opposed the bill."), 2))
        .containsExactly("AUSPTY", "AUSPTY");
    // Lower case, the same words are no party.
    assertThat(codes(australianStory("Liberal greens opposed the bill."), 2)).isEmpty();
  }

  @Test
  void aLoneOrLowerCasePartyWordIsNoName() {
    assertThat(codes(australianStory("Party leaflets were found in the capital."), 2)).isEmpty();
    assertThat(codes(australianStory("A dinner party was held for the treasurer."), 2)).isEmpty();
  }

  @Test
  void aPartyTheDictionaryListsKeepsItsEntry() {
    assertThat(
            MATCHER.find("The Communist Party of China met in Beijing.", DATE).stream()
                .map(m -> m.actor().code()))
        .startsWith("CHNGOV");
  }

  @Test
  void aTitleInTheTextGivesAListedPersonWithNoOfficeThatDayItsSector() {
    List<ActorMention> found =
        MATCHER.find(
            "Kenyan opposition leader Raila Odinga accused President Mwai Kibaki of fraud.",
            LocalDate.of(2008, 1, 2));
    assertThat(found).extracting(m -> m.actor().code()).containsExactly("KENOPP", "KENGOV");
    // A former office is no office.
    assertThat(
            MATCHER
                .find(
                    "Former prime minister Thaksin Shinawatra denied the charges.",
                    LocalDate.of(2010, 3, 4))
                .stream()
                .map(m -> m.actor().code()))
        .containsExactly("THAELI");
  }

  @Test
  void democraticAndRepublicanBeforeRoleWordsNameAParty() {
    ArticleActors story =
        MATCHER.article(
            List.of(
                "The United States Senate met on Monday.",
                "The vote in the United States was delayed.",
                "Democratic leaders in Congress accused the White House of ignoring commanders."),
            DATE);
    assertThat(codes(story, 2)).startsWith("USAPTY").contains("USAGOV");
  }

  @Property
  void aPartyNameEndsInsideTheSentenceAndHoldsTheWordParty(@ForAll String text) {
    List<Token> tokens = Tokenizer.tokenize(text + " Party of Freedom Party");
    for (int i = 0; i < tokens.size(); i++) {
      int end = PartyNames.end(tokens, i);
      if (end >= 0) {
        assertThat(end).isGreaterThan(i).isLessThanOrEqualTo(tokens.size());
        assertThat(tokens.subList(i, end)).extracting(Token::form).contains("Party");
      }
    }
  }
}
