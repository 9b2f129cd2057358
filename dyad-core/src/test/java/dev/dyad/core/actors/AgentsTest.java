package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Role words (agents) that take the country of a place: in their phrase, or of the sentence. */
class AgentsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<ActorMention> find(String sentence) {
    return MATCHER.find(sentence, LocalDate.of(2005, 6, 1));
  }

  @Test
  void tiesRoleWordsToThePlaceAfterThem() {
    assertThat(find("Rebels in the Ivory Coast attacked a convoy."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Rebels in the Ivory Coast", "CIVREB"));
    assertThat(find("Leaders of Romania's new government met."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Leaders of Romania's new government", "ROUGOV"));
    assertThat(find("Refugees fleeing the war in Liberia crossed the border."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Refugees fleeing the war in Liberia", "LBRCVL"));
    assertThat(find("Opposition supporters in Tbilisi rallied."))
        .extracting(m -> m.actor().code())
        .containsExactly("GEOOPP");
  }

  @Test
  void aPlaceTiedToRoleWordsEndsTheirPhraseBeforeTheVerb() {
    assertThat(find("Rebels in the Ivory Coast attacked government troops near Bouake."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(
            tuple("Rebels in the Ivory Coast", "CIVREB"),
            tuple("government troops", "CIVMIL"),
            tuple("Bouake", "CIV"));
    assertThat(find("Prosecutors in Istanbul charged two journalists with espionage."))
        .extracting(ActorMention::text, m -> m.actor().code())
        // The journalists the city's prosecutors charge are of that country too.
        .containsExactly(
            tuple("Prosecutors in Istanbul", "TURJUD"), tuple("journalists", "TURMED"));
  }

  @Test
  void codesAPoliceArrestOfProtestersInTheCityOfTheSentence() {
    assertThat(find("Police arrested 40 protesters in Nairobi after clashes."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Police", "KENCOP"), tuple("protesters in Nairobi", "KENCVL"));
    assertThat(find("Soldiers fired on protesters in Harare."))
        .extracting(m -> m.actor().code())
        .containsExactly("ZWEMIL", "ZWECVL");
  }

  @Test
  void lendsTheSentencesPlaceToLocalSectorsOnly() {
    // Officials and diplomats travel: meeting in Geneva does not make them Swiss.
    assertThat(find("Officials met diplomats in Paris."))
        .extracting(m -> m.actor().code())
        .containsExactly("FRA");
  }

  @Test
  void lendsNothingWhenTheSentenceNamesAnotherCountry() {
    assertThat(find("Israeli troops shot dead two Palestinians in the West Bank, the army said."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(
            tuple("Israeli troops", "ISRMIL"),
            tuple("Palestinians", "PSE"),
            tuple("the West Bank", "PSE"));
  }

  @Test
  void lendsNothingWhenTheSentenceIsInTwoPlaces() {
    assertThat(find("Police clashed with protesters in Nairobi and in Kampala."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("protesters in Nairobi", "KENCVL"), tuple("Kampala", "UGA"));
  }

  @Test
  void doesNotTieAnObjectOfAVerbOrAnotherActorsForcesToThePlace() {
    assertThat(
            find("The European Community demanded that Serbia withdraw its forces from Croatia."))
        .extracting(m -> m.actor().code())
        .containsExactly("IGOEUREEC", "SRB", "HRV");
    assertThat(find("The US deployed troops in Iraq."))
        .extracting(m -> m.actor().code())
        .containsExactly("USA", "IRQ");
  }

  @Test
  void codesAnAgentWithNoCountryAnywhereAsNothing() {
    assertThat(find("Rebels attacked soldiers and police arrested protesters.")).isEmpty();
  }

  @Test
  void joinsRoleWordsToAnArmedGroupOrOrganisationKeepingItsCode() {
    assertThat(find("Hamas fighters fired rockets at Ashkelon."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("Hamas fighters", "PSEREB"), tuple("Ashkelon", "ISR"));
    assertThat(find("NATO troops arrived."))
        .extracting(ActorMention::text, m -> m.actor().code())
        .containsExactly(tuple("NATO troops", "IGOWSTNAT"));
  }

  @Test
  void codesDomesticSectors() {
    assertThat(find("Gunmen, criminals, judges, clerics and trade unions in Lagos."))
        .extracting(m -> m.actor().code())
        .containsExactly("NGAUAF", "NGACRM", "NGAJUD", "NGAREL", "NGALAB");
    assertThat(find("The ruling party and the opposition in Uganda."))
        .extracting(m -> m.actor().code())
        .containsExactly("UGAOPP");
    assertThat(find("Ugandan ruling party officials."))
        .extracting(m -> m.actor().code())
        .containsExactly("UGAPTY");
  }
}
