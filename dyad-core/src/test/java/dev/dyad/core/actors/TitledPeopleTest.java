package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** People the dictionary does not list, named with a title (roles.txt, kind "title"). */
class TitledPeopleTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());
  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2001, 5, 1));

  private static List<ActorMention> find(String sentence) {
    return MATCHER.find(sentence, DATE);
  }

  @Test
  void codesATitledNameWithTheCountryOfItsAdjective() {
    assertThat(find("Spanish Defence Minister Ana Ruiz promised aid to Mozambique."))
        .extracting(ActorMention::text, m -> m.actor().code(), m -> m.entry().kind())
        .containsExactly(
            tuple("Spanish Defence Minister Ana Ruiz", "ESPGOV", ActorKind.PERSON),
            tuple("Mozambique", "MOZ", ActorKind.COUNTRY));
  }

  @Test
  void codesATitleWithNoCountryAnywhereAsNothing() {
    assertThat(find("Defence Minister Ana Ruiz promised aid to Mozambique."))
        .extracting(m -> m.actor().code())
        .containsExactly("MOZ");
  }

  @Test
  void givesTheTitlesSector() {
    assertThat(
            find(
                "Kenyan Gen. John Mwangi, Kenyan police chief Peter Otieno and Kenyan "
                    + "rebel leader Paul Kamau met."))
        .extracting(m -> m.actor().code())
        .containsExactly("KENMIL", "KENCOP", "KENREB");
  }

  @Test
  void readsTheKyrgyzPresidentAndItsApposition() {
    assertThat(find("The Kyrgyz president said so."))
        .extracting(m -> m.actor().code())
        .containsExactly("KGZGOV");
    assertThat(find("The Kyrgyz president, Temir Sadykov, fled."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Kyrgyz president, Temir Sadykov", "KGZGOV"));
  }

  @Test
  void keepsAnArmedGroupsCodeForItsLeader() {
    assertThat(find("Hamas leader Yusuf Darwish spoke."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Hamas leader Yusuf Darwish", "PSEREB"));
  }

  @Test
  void readsNamesWithParticlesAndInitials() {
    assertThat(
            find(
                "Sudanese President Omar al-Bashir and Dutch Foreign Minister Jan van der Berg "
                    + "and American envoy George W. Smith met."))
        .extracting(ActorMention::text)
        .containsExactly(
            "Sudanese President Omar al-Bashir",
            "Dutch Foreign Minister Jan van der Berg",
            "American envoy George W. Smith");
  }

  @Test
  void doesNotReadBodiesDaysOrAcronymsAsNames() {
    assertThat(find("The General Assembly and General Motors met."))
        .extracting(m -> m.actor().code())
        .containsExactly("IGOUNOLEG");
    assertThat(find("The French president Monday said so."))
        .extracting(ActorMention::text)
        .containsExactly("French president");
  }

  @Test
  void remembersTheNameLaterInTheSameSentence() {
    assertThat(find("Spanish Defence Minister Ana Ruiz arrived and Ruiz said so."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(
            tuple("Spanish Defence Minister Ana Ruiz", "ESPGOV"), tuple("Ruiz", "ESPGOV"));
  }
}
