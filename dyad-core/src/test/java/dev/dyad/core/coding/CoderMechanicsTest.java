package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.modality.CueModalityDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coder's general mechanics of issue 11, each on sentences written for it: fillers between
 * pattern parts, other senses of trigger words, nouns read as verbs, complements that are not
 * facts, commitments, domestic events and sport.
 */
class CoderMechanicsTest {
  private static final EventCoder CODER = new EventCoder(new ActorMatcher(ActorDictionary.builtIn()),
      CueModalityDetector.builtIn(), EventDater.PUBLISHED);

  static List<String> code(String sentence) {
    return CODER.code(Docs.of(sentence)).stream()
        .map(e -> e.source().code() + ">" + e.target().code() + " " + e.eventType() + " "
            + e.modality().label())
        .toList();
  }

  @Test
  void readsATimeAdverbialBetweenVerbAndComplement() {
    assertThat(code("Russia threatened on Monday to cut gas supplies to Ukraine."))
        .contains("RUS>UKR THREATEN asserted");
  }

  @Test
  void readsAQuantityBeforeTheTarget() {
    assertThat(code("Russian police arrested more than 100 Ukrainian citizens."))
        .containsExactly("RUSCOP>UKRCVL COERCE asserted");
  }

  @Test
  void readsASubjectPastItsApposition() {
    assertThat(code("Pakistan, a key U.S. ally, refused to extradite the suspects to India."))
        .contains("PAK>IND REJECT asserted");
  }

  @Test
  void doesNotReadAnAgreementAsAnAttack() {
    assertThat(code("Japan struck a deal with South Korea on Monday.")).noneMatch(e -> e.contains("ASSAULT"));
  }

  @Test
  void doesNotReadANounAsTheVerbOfAnAttack() {
    assertThat(code("The EU's hit list includes several Russian banks.")).isEmpty();
    assertThat(code("In March, Ukraine hit Russian positions near Bakhmut."))
        .containsExactly("UKR>RUS ASSAULT asserted");
  }

  @Test
  void codesDomesticEventsBetweenSectorsOfOneCountry() {
    assertThat(code("The Russian government arrested Russian soldiers."))
        .containsExactly("RUSGOV>RUSMIL COERCE asserted");
  }

  @Test
  void codesNothingInASentenceAboutSport() {
    assertThat(code("France beat Argentina in the World Cup final.")).isEmpty();
  }

  @Test
  void codesACommitmentAsAnAgreementBesideThePlannedAct() {
    assertThat(code("Germany promised to keep sending military aid to Ukraine."))
        .containsExactlyInAnyOrder("DEU>UKR AID planned", "DEU>UKR AGREE asserted");
    assertThat(code("Jordan and Britain have agreed to hold joint military exercises next month."))
        .contains("JOR>GBR AGREE asserted", "GBR>JOR AGREE asserted", "JOR>GBR COOPERATE planned");
  }

  @Test
  void keepsAReportedCommitmentReported() {
    assertThat(code("Officials said Germany promised to keep sending military aid to Ukraine."))
        .contains("DEU>UKR AGREE reported");
  }
}
