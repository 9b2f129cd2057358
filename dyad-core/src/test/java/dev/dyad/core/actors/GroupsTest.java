package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ethnic and religious groups (groups.txt) are the country they live in, not their kin state. */
class GroupsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<ActorMention> find(String sentence) {
    return MATCHER.find(sentence, LocalDate.of(1999, 6, 1));
  }

  @Test
  void codesEthnicAlbaniansInSerbiaAsSerbianCivilians() {
    assertThat(find("Ethnic Albanians in Serbia protested."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Ethnic Albanians in Serbia", "SRBCVL"));
    assertThat(find("Serbia's ethnic Albanians protested."))
        .extracting(m -> m.actor().code())
        .containsExactly("SRBCVL");
  }

  @Test
  void codesEthnicNationalitiesWithNoPlaceAsNothing() {
    assertThat(find("Ethnic Russians protested.")).isEmpty();
    assertThat(find("Ethnic tensions rose.")).isEmpty();
  }

  @Test
  void givesAGroupItsHomeCountryWhenItHasOne() {
    assertThat(find("Uighurs protested."))
        .extracting(m -> m.actor().code())
        .containsExactly("CHNCVL");
    assertThat(find("Kurds protested.")).isEmpty();
  }

  @Test
  void letsTheRoleWordAfterAGroupDecideTheSector() {
    assertThat(find("Kurdish fighters in Syria seized the town."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Kurdish fighters in Syria", "SYRREB"));
    assertThat(find("Shiite clerics in Iraq called for calm."))
        .extracting(m -> m.actor().code())
        .containsExactly("IRQREL");
    assertThat(find("Iraqi Kurds voted."))
        .extracting(m -> m.actor().code())
        .containsExactly("IRQCVL");
  }

  @Test
  void codesAGroupAdjectiveAloneAsNothing() {
    assertThat(find("The Kurdish language is taught.")).isEmpty();
    assertThat(find("Iraqi Kurdish officials met."))
        .extracting(m -> m.actor().code())
        .containsExactly("IRQGOV");
  }

  @Test
  void takesTheSentencesPlaceForAGroupWithoutAPhrasePlace() {
    assertThat(find("Police detained Uighurs in Urumqi."))
        .extracting(m -> m.actor().code())
        .containsExactly("CHNCOP", "CHNCVL", "CHN");
  }
}
