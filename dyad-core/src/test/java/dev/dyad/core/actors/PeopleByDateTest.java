package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeopleByDateTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static String code(String sentence, String date) {
    return MATCHER.find(sentence, LocalDate.parse(date)).get(0).actor().code();
  }

  @Test
  void codesPutinAsRussianGovernmentIn2024() {
    assertThat(code("Putin said", "2024-03-01")).isEqualTo("RUSGOV");
  }

  @Test
  void codesPersonByOfficeOnArticleDate() {
    assertThat(code("Ursula von der Leyen spoke", "2018-06-01")).isEqualTo("DEUGOV");
    assertThat(code("Ursula von der Leyen spoke", "2021-06-01")).isEqualTo("IGOEUREEC");
    assertThat(code("Ursula von der Leyen spoke", "2019-09-01")).isEqualTo("DEUELI");
  }

  @Test
  void codesTheUnitedStatesPresidentOfTheYear() {
    assertThat(code("Trump said", "2019-06-01")).isEqualTo("USAGOV");
    assertThat(code("Trump said", "2022-06-01")).isEqualTo("USAELI");
    assertThat(code("Biden said", "2022-06-01")).isEqualTo("USAGOV");
    assertThat(code("Biden said", "2025-06-01")).isEqualTo("USAELI");
    assertThat(code("Trump said", "2025-06-01")).isEqualTo("USAGOV");
  }

  @Test
  void codesTheSouthKoreanPresidentOfTheYear() {
    assertThat(code("Moon Jae-in said", "2022-03-01")).isEqualTo("KORGOV");
    assertThat(code("Yoon Suk Yeol said", "2022-06-01")).isEqualTo("KORGOV");
    assertThat(code("Yoon said", "2025-08-01")).isEqualTo("KORELI");
    assertThat(code("Lee Jae-myung said", "2022-06-01")).isEqualTo("KORELI");
    assertThat(code("Lee Jae-myung said", "2025-08-01")).isEqualTo("KORGOV");
  }

  @Test
  void codesTheJapanesePrimeMinisterOfTheYear() {
    assertThat(code("Suga said", "2020-11-01")).isEqualTo("JPNGOV");
    assertThat(code("Suga said", "2022-06-01")).isEqualTo("JPNELI");
    assertThat(code("Kishida said", "2022-06-01")).isEqualTo("JPNGOV");
    assertThat(code("Ishiba said", "2022-06-01")).isEqualTo("JPNELI");
    assertThat(code("Ishiba said", "2025-03-01")).isEqualTo("JPNGOV");
    assertThat(code("Kishida said", "2025-03-01")).isEqualTo("JPNELI");
  }

  @Test
  void codesTheNorthKoreanLeaderAcrossTheSuccession() {
    assertThat(code("Kim Jong Il said", "2005-01-01")).isEqualTo("PRKGOV");
    assertThat(code("Kim Jong-un said", "2005-01-01")).isEqualTo("PRKELI");
    assertThat(code("North Korean leader Kim Jong Un said", "2017-09-03")).isEqualTo("PRKGOV");
  }

  @Test
  void usesTheOpenOfficeWhenTheDateIsUnknown() {
    ActorEntry putin = ActorDictionary.builtIn().entry("RUS-PUTIN").orElseThrow();
    assertThat(putin.actorOn(java.util.Optional.empty()).code()).isEqualTo("RUSGOV");
    ActorEntry obama = ActorDictionary.builtIn().entry("USA-OBAMA").orElseThrow();
    assertThat(obama.actorOn(java.util.Optional.empty()).code()).isEqualTo("USAELI");
  }

  @Test
  void codesLawmakersByTheirChamberAndLeadersOutOfOfficeAsElites() {
    assertThat(code("Pelosi said", "2020-06-01")).isEqualTo("USALEG");
    assertThat(code("Biden said", "2005-06-01")).isEqualTo("USALEG");
    assertThat(code("Biden said", "2020-06-01")).isEqualTo("USAELI");
    assertThat(code("Obama said", "2020-06-01")).isEqualTo("USAELI");
  }
}
