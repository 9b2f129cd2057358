package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());
  private static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);

  private static List<ActorMention> find(String sentence) {
    return MATCHER.find(sentence, MID_2024);
  }

  @Test
  void codesNorthKoreanSoldiersAsMilitary() {
    assertThat(find("North Korean soldiers crossed the border."))
        .extracting(ActorMention::text, m -> m.actor().code(), m -> m.actor().sector())
        .containsExactly(tuple("North Korean soldiers", "PRKMIL", "MIL"));
  }

  @Test
  void prefersLongestMatch() {
    assertThat(find("North Korea fired a missile."))
        .extracting(m -> m.actor().code())
        .containsExactly("PRK");
    assertThat(find("He spoke to the U.N. Security Council on Monday."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("U.N. Security Council", "IGOUNOSEC"));
    assertThat(find("The Democratic People's Republic of Korea said so."))
        .extracting(m -> m.actor().code())
        .containsExactly("PRK");
    assertThat(find("Talks with the Republic of China resumed."))
        .extracting(m -> m.actor().code())
        .containsExactly("TWN");
  }

  @Test
  void codesRussianPresidentVladimirPutinAsOneGovernmentMention() {
    assertThat(find("Russian President Vladimir Putin met envoys."))
        .extracting(ActorMention::text, m -> m.actor().code(), m -> m.entry().code())
        .containsExactly(tuple("Russian President Vladimir Putin", "RUSGOV", "RUS-PUTIN"));
  }

  @Test
  void joinsTitleAndPersonIntoOneMention() {
    assertThat(find("Foreign Minister Sergei Lavrov arrived."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Foreign Minister Sergei Lavrov", "RUSGOV"));
    assertThat(
            MATCHER.find(
                "NATO Secretary General Mark Rutte warned Moscow.", LocalDate.of(2025, 3, 1)))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(
            tuple("NATO Secretary General Mark Rutte", "IGOWSTNAT"), tuple("Moscow", "RUS"));
  }

  @Test
  void doesNotReadThePronounUsAsTheUnitedStates() {
    assertThat(find("Tell us what the officials told us.")).isEmpty();
    assertThat(find("The US and China agreed."))
        .extracting(m -> m.actor().code())
        .containsExactly("USA", "CHN");
    assertThat(find("The U.S. and the USA and America"))
        .extracting(m -> m.actor().code())
        .containsExactly("USA", "USA", "USA");
  }

  @Test
  void appliesCaseRulesToCommonWords() {
    assertThat(find("They ate turkey and fine china.")).isEmpty();
    assertThat(find("Turkey and China"))
        .extracting(m -> m.actor().code())
        .containsExactly("TUR", "CHN");
  }

  @Test
  void codesPossessiveCountryAndKeepsTheSuffixOutOfTheSpan() {
    assertThat(find("North Korea's missile test alarmed Tokyo."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("North Korea", "PRK"), tuple("Tokyo", "JPN"));
    assertThat(find("Russia\u2019s defence ministry said the strike hit."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Russia\u2019s defence ministry", "RUSGOV"));
  }

  @Test
  void splitsHyphenatedCompounds() {
    assertThat(find("The North Korea-Russia alliance worries Seoul."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(
            tuple("North Korea", "PRK"), tuple("Russia", "RUS"), tuple("Seoul", "KOR"));
    assertThat(find("The U.S.-led coalition and the China\u2013Japan talks"))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("U.S.", "USA"), tuple("China", "CHN"), tuple("Japan", "JPN"));
  }

  @Test
  void foldsAccents() {
    assertThat(find("T\u00fcrkiye and Turkiye and C\u00f4te d\u2019Ivoire"))
        .extracting(m -> m.actor().code())
        .containsExactly("TUR", "TUR", "CIV");
  }

  @Test
  void codesInstitutionsWithTheirCountryAndSector() {
    assertThat(find("KCNA said the Kremlin, the Pentagon and the Duma were wrong."))
        .extracting(m -> m.actor().code())
        .containsExactly("PRKMED", "RUSGOV", "USAMIL", "RUSLEG");
    assertThat(find("Troops of the Korean People's Army marched."))
        .extracting(m -> m.actor().code())
        .containsExactly("PRKMIL");
  }

  @Test
  void codesHistoricalStates() {
    assertThat(find("Soviet troops left Afghanistan."))
        .extracting(m -> m.actor().code())
        .containsExactly("USRMIL", "AFG");
    assertThat(find("West Germany and East Germany"))
        .extracting(m -> m.actor().code())
        .containsExactly("DEU", "DDR");
  }

  @Test
  void swallowsPhrasesThatNameNoState() {
    assertThat(find("Latin American leaders met in the South China Sea.")).isEmpty();
  }

  @Test
  void ignoresRoleWordsAloneAndUnknownPeople() {
    assertThat(find("Officials said troops and President John Smith agreed.")).isEmpty();
    assertThat(find("Kim said Lee met Park.")).isEmpty();
  }

  @Test
  void combinesRoleWordsWithTheCountryTheyComeFrom() {
    assertThat(find("troops from North Korea"))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("troops from North Korea", "PRKMIL"));
  }

  @Test
  void reportsSpansThatPointIntoTheSentence() {
    String sentence = "  Yesterday, South Korean President Yoon Suk Yeol met Japan's Kishida.";
    assertThat(find(sentence))
        .allSatisfy(m -> assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(find(sentence))
        .extracting(m -> m.actor().code())
        .containsExactly("KORGOV", "JPNGOV");
  }

  @Test
  void acceptsAMissingDate() {
    assertThat(MATCHER.find("Putin and Obama", Optional.empty()))
        .extracting(m -> m.actor().code())
        .containsExactly("RUSGOV", "USAELI");
  }

  @Test
  void joinsRunsOfRoleWordsAndInstitutionsIntoOneMention() {
    assertThat(find("Russian Foreign Ministry spokeswoman Maria Zakharova said."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Russian Foreign Ministry spokeswoman Maria Zakharova", "RUSGOV"));
    assertThat(find("Kremlin spokesman Dmitry Peskov said."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Kremlin spokesman Dmitry Peskov", "RUSGOV"));
    assertThat(find("North Korea's KCNA said."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("North Korea's KCNA", "PRKMED"));
    assertThat(find("South Korea's Joint Chiefs of Staff said."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("South Korea's Joint Chiefs of Staff", "KORMIL"));
  }

  @Test
  void codesGovernmentForcesAsMilitary() {
    assertThat(find("Syrian government forces shelled the town."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Syrian government forces", "SYRMIL"));
    assertThat(find("A Chinese military spokesman said."))
        .extracting(m -> m.actor().code())
        .containsExactly("CHNMIL");
  }
}
