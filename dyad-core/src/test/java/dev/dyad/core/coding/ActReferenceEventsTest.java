package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An act named by a bare noun ("condemned the arrest", "rejected the call") targets who did it: the
 * source of the last such event coded just before, or the sector of the article's country that does
 * such acts.
 */
class ActReferenceEventsTest {
  @Test
  void rejectingACallTargetsWhoMadeIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Australia's government unveiled its budget on Tuesday.",
                    "Australia's treasurer defended the cuts in Canberra.",
                    "The Greens called on the Australian government to hold an inquiry.",
                    "Australian Prime Minister Kevin Rudd rejected the call.")))
        .containsExactly("AUSGOV>AUSPTY REJECT");
  }

  @Test
  void condemningAnArrestTargetsThePoliceOfTheStory() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Chinese police detained a well-known artist in Beijing on Sunday.",
                    "China's government said the artist was under investigation.",
                    "The European Union condemned the arrest.")))
        .contains("IGOEUREEC>CHNCOP ACCUSE");
  }

  @Test
  void denouncingAVerdictTargetsTheCourtThatGaveIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A Thai court jailed two former ministers for corruption on Monday.",
                    "The Democrat Party of Thailand denounced the verdict.")))
        .contains("THAPTY>THAJUD ACCUSE");
  }

  @Test
  void anAttackCondemnedInThePassiveTargetsWhoAttacked() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Russia's defence ministry met in Moscow on Sunday.",
                    "Russian troops shelled the Ukrainian town of Avdiivka on Monday.",
                    "The attack was sharply condemned by Ukraine's foreign ministry.")))
        .contains("UKRGOV>RUSMIL ACCUSE");
  }

  @Test
  void aCommutationCriticisedTargetsWhoCommutedTheSentence() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Peru's Congress met in Lima on Tuesday.",
                    "Peru's government announced a change to the prison terms of two generals.",
                    "The Peruvian Bar Association criticised the commutation on Wednesday.")))
        .contains("PERLAB>PERGOV ACCUSE");
  }

  @Test
  void rejectingCriticismTargetsTheCritic() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The European Union criticised China over its treatment of dissidents.",
                    "China rejected the criticism on Tuesday.")))
        .containsExactly("CHN>IGOEUREEC REJECT");
  }

  @Test
  void anActNounThatModifiesAnotherNounIsNoAct() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Thailand's opposition held a rally in Bangkok.",
                    "Thai students condemned the ruling party.")))
        .doesNotContain("THACVL>THAJUD ACCUSE");
  }

  @Test
  void withNoSuchActAndNoFallbackNothingIsCoded() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The weather was mild in Geneva on Monday.",
                    "The United Nations condemned the attack.")))
        .isEmpty();
  }

  @Test
  void secondingACallBacksWhoMadeIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "France called on Iran to release the prisoners.",
                    "The call was quickly seconded by Germany.")))
        .containsExactly("DEU>FRA SUPPORT");
  }

  @Test
  void beingDisappointedByAVerdictIsDisapprovalOfTheCourt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Ukraine's opposition held a rally in Kiev on Monday.",
                    "A Ukrainian court jailed a former minister on Tuesday.",
                    "The European Union said it was deeply disappointed by the verdict.")))
        .contains("IGOEUREEC>UKRJUD ACCUSE");
  }

  @Test
  void criticismFacedFromSomeoneIsTheirAccusation() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Britain's economy shrank in Britain last year.",
                    "The British prime minister faced sharp criticism from the Conservatives"
                        + " over his handling of the economy.")))
        .contains("GBRPTY>GBRGOV ACCUSE");
  }

  @Test
  void anActDoneTogetherIsCriticisedInEveryOneOfItsDoers() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Mali, Burkina Faso and Niger cut diplomatic ties with Ivory Coast on Friday.",
                    "Ivory Coast's foreign ministry called the decision unjustified.")))
        .containsExactlyInAnyOrder("CIVGOV>MLI ACCUSE", "CIVGOV>BFA ACCUSE", "CIVGOV>NER ACCUSE");
  }

  @Test
  void anActToldEarlierInTheSameSentenceIsTheOneItsNounNames() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Israeli jets struck targets in Gaza on Monday, and Egypt condemned the"
                        + " strikes.")))
        .contains("EGY>ISRMIL ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Ukraine accused Russia of shelling Kharkiv, and Russia denied the"
                        + " accusation.")))
        .contains("RUS>UKR REJECT")
        .doesNotContain("RUS>RUS REJECT");
  }
}
