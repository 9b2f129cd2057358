package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** People of the 1980s and 1990s, the wire news of the field's evaluation sets, code by office. */
class LeadersSince1980Test {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static String code(String sentence, String date) {
    return MATCHER.find(sentence, LocalDate.parse(date)).get(0).actor().code();
  }

  @Test
  void codesSovietLeadersAsTheSovietGovernment() {
    assertThat(code("Gorbachev met Reagan in Reykjavik.", "1986-10-11")).isEqualTo("USRGOV");
    assertThat(code("Reagan met Gorbachev in Reykjavik.", "1986-10-11")).isEqualTo("USAGOV");
    assertThat(code("Gorbachev spoke in Stanford.", "1992-05-01")).isEqualTo("USRELI");
  }

  @Test
  void codesAHeadOfGovernmentOnlyWhileInOffice() {
    assertThat(code("Chancellor Helmut Kohl said", "1990-10-03")).isEqualTo("DEUGOV");
    assertThat(code("Margaret Thatcher said", "1990-11-27")).isEqualTo("GBRGOV");
    assertThat(code("Margaret Thatcher said", "1990-11-29")).isEqualTo("GBRELI");
  }

  @Test
  void codesForeignAndDefenceMinistersOfConflictStates() {
    assertThat(code("Foreign Minister Tariq Aziz said", "1990-08-10")).isEqualTo("IRQGOV");
    assertThat(code("Tudjman accused Belgrade", "1991-08-01")).isEqualTo("HRVGOV");
    assertThat(code("Kagame said", "1996-11-01")).isEqualTo("RWAGOV");
    assertThat(code("Mengistu fled to Zimbabwe", "1991-05-21")).isEqualTo("ETHGOV");
  }

  @Test
  void codesALeaderOfARepublicAndOfTheFederationByTheOfficeHeHeldOnTheDay() {
    // Milosevic was Serbia's president until 1997-07-23, then Yugoslavia's: the alias the two
    // entries share finds the one in office on the day.
    assertThat(code("Milosevic said", "1995-11-21")).isEqualTo("SRBGOV");
    assertThat(code("Milosevic said", "1999-04-01")).isEqualTo("YUGGOV");
  }

  @Test
  void keepsSharedSurnamesWithTheEntryListedFirst() {
    assertThat(code("Assad said", "2012-01-01")).isEqualTo("SYRGOV");
    assertThat(code("Hafez al-Assad said", "1995-01-01")).isEqualTo("SYRGOV");
    assertThat(code("Heydar Aliyev said", "1995-01-01")).isEqualTo("AZEGOV");
  }
}
