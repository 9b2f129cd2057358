package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Criticism and accusation as news tells it (issue 11, PLOVER ACCUSE): an allegation with no
 * "that", names given to what someone did, fire drawn by one's remarks, lawsuits named by their
 * owner or filed in the passive, and a verbal attack "for" something; and the readings that are not
 * ACCUSE (armed attacks that last, the adjective "alleged", a request, a topic noun).
 */
class CriticismFormsEventsTest {
  @Test
  void anAllegationWithoutThatAccusesWhoeverItsVerbFollows() {
    assertThat(Docs.dyads(Docs.of("Germany alleged France was hiding weapons.")))
        .containsExactly("DEU>FRA ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of("The German chancellor also alleged the French government had lied.")))
        .containsExactly("DEUGOV>FRAGOV ACCUSE");
  }

  @Test
  void anAllegationAboutWhatSomeonesPlanWouldDoAccusesItsOwner() {
    assertThat(
            Docs.dyads(
                Docs.of("The German chancellor alleged Russia's plan would destabilise Europe.")))
        .containsExactly("DEUGOV>RUS ACCUSE");
  }

  @Test
  void theAdjectiveAllegedAccusesNoOne() {
    assertThat(Docs.dyads(Docs.of("Iran's alleged spies were arrested by Israel.")))
        .doesNotContain("IRN>ISR ACCUSE", "ISR>IRN ACCUSE");
    assertThat(Docs.dyads(Docs.of("Spain welcomed the alleged Moroccan plan.")))
        .noneMatch(d -> d.endsWith("ACCUSE"));
  }

  @Test
  void callingSomeonesActAFailureAccusesItsAuthor() {
    assertThat(Docs.dyads(Docs.of("The Pakistani foreign minister termed India's move illegal.")))
        .containsExactly("PAKGOV>IND ACCUSE");
    assertThat(Docs.dyads(Docs.of("Poland described Russia's referendum as a sham.")))
        .containsExactly("POL>RUS ACCUSE");
  }

  @Test
  void callingSomeonesActSomethingGoodIsNoAccusation() {
    assertThat(Docs.dyads(Docs.of("Britain called Iran's proposal a good start."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("France called Germany's victory a triumph."))).isEmpty();
  }

  @Test
  void referringToOrTermingSomeoneByAnInsultAccusesThem() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Canadian prime minister referred to the Chinese government as a bully.")))
        .containsExactly("CANGOV>CHNGOV ACCUSE");
    assertThat(
            Docs.dyads(Docs.of("The Irish minister termed the Austrian chancellor a corrupt oaf.")))
        .containsExactly("IRLGOV>AUTGOV ACCUSE");
  }

  @Test
  void fireDrawnByOnesRemarksIsCriticismButFireFromMilitantsIsGunfire() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The French government came under fire from Germany for its handling of the crisis.")))
        .containsExactly("DEU>FRAGOV ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of("Israeli troops came under fire from Hamas militants near the border.")))
        .noneMatch(d -> d.endsWith("ACCUSE"));
  }

  @Test
  void aLawsuitNamedByItsOwnerOrFiledInThePassiveIsALawsuit() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A lawsuit against the Iranian government was filed by the United States.")))
        .containsExactly("USA>IRNGOV ACCUSE");
    assertThat(Docs.dyads(Docs.of("Canada's lawsuit against the United States was dismissed.")))
        .containsExactly("CAN>USA ACCUSE");
  }

  @Test
  void aVerbalAttackForSomethingIsCriticismButAnAttackThatLastsIsArmed() {
    assertThat(Docs.dyads(Docs.of("Biden attacked Trump for the tweet.")))
        .containsExactly("USAELI>USAGOV ACCUSE");
    assertThat(Docs.dyads(Docs.of("Russian troops attacked Ukraine for the third day.")))
        .containsExactly("RUSMIL>UKR ASSAULT");
    assertThat(Docs.dyads(Docs.of("Russian forces attacked Kharkiv for hours.")))
        .containsExactly("RUSMIL>UKR ASSAULT");
  }

  @Test
  void aCallForTalksACriticAndAGoalAreNoAccusation() {
    assertThat(Docs.dyads(Docs.of("France called for talks with Russia.")))
        .noneMatch(d -> d.endsWith("ACCUSE"));
    assertThat(Docs.dyads(Docs.of("The German chancellor was a critic of the Russian president.")))
        .isEmpty();
    assertThat(Docs.dyads(Docs.of("The Indian captain slammed a goal past Pakistan."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Criticism of the Russian government grew in Germany.")))
        .isEmpty();
  }

  @Test
  void mockingOrBlastingSomeoneAndCriticismWithItsAuthorAfterItAreCriticism() {
    assertThat(Docs.dyads(Docs.of("The Russian president mocked the American president.")))
        .containsExactly("RUSGOV>USAGOV ACCUSE");
    assertThat(Docs.dyads(Docs.of("The Chinese government was blasted by Australia.")))
        .containsExactly("AUS>CHNGOV ACCUSE");
    assertThat(Docs.dyads(Docs.of("Criticism of the Russian government by Germany grew.")))
        .containsExactly("DEU>RUSGOV ACCUSE");
  }

  @Test
  void aSavageAttackIsStillAnAttack() {
    assertThat(Docs.dyads(Docs.of("Russia's savage attack on Ukraine continued.")))
        .noneMatch(d -> d.endsWith("ACCUSE"));
  }

  @Test
  void anAttackForACountOfDaysIsArmedButForACountOfDeathsIsVerbal() {
    assertThat(Docs.dyads(Docs.of("Russian troops attacked Kharkiv for more than two weeks.")))
        .containsExactly("RUSMIL>UKR ASSAULT");
    assertThat(
            Docs.dyads(Docs.of("Biden attacked Trump for the over 200,000 deaths from the virus.")))
        .containsExactly("USAELI>USAGOV ACCUSE");
  }

  @Test
  void aCriticNamedBeforeWhoCriticises() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenyan police arrested five journalists who had publicly criticised the Kenyan president.")))
        .contains("KENMED>KENGOV ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Ethiopian government expelled a French diplomat who accused Ethiopia of genocide.")))
        .contains("FRAGOV>ETH ACCUSE");
  }

  @Test
  void anUnnamedAccuserCodesNoAccusationButMakesTheActAlleged() {
    List<Event> events =
        Docs.lastSentenceEvents(
            "A Texas man is accused of shooting two police officers in Dallas.");
    assertThat(events).extracting(e -> e.eventType().name()).containsExactly("ASSAULT");
    assertThat(events).extracting(e -> e.modality().label()).containsExactly("alleged");
  }

  @Test
  void chargesSomeoneFacesWereBroughtByTheCourtsOfThePlace() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A Kenyan opposition leader was arrested in Nairobi.",
                    "The opposition leader's charges include treason.")))
        .contains("KENJUD>KENOPP ACCUSE");
    assertThat(Docs.dyads(Docs.of("Iran's charges against the United States were rejected.")))
        .containsExactly("IRN>USA ACCUSE");
  }

  @Test
  void beingAppalledByAStatesConductAccusesIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Burundian police fired on protesters in Bujumbura on Friday.",
                    "Belgium and the Netherlands said they were \"appalled\" by the Burundian"
                        + " government's use of force against protesters.")))
        .contains("BEL>BDIGOV ACCUSE", "NLD>BDIGOV ACCUSE");
  }

  @Test
  void theAccusedBeforeARelativeClauseIsAccusedAndDoesTheAct() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Eritrea, which Ethiopia accuses of arming the rebels, rejected the charge.")))
        .contains("ETH>ERI ACCUSE")
        .noneMatch(d -> d.startsWith("ETH>") && d.endsWith("AID"));
  }

  @Test
  void condemningAnActOfAStateAccusesItsAuthorNotTheOneActedOn() {
    assertThat(Docs.dyads(Docs.of("Chile condemned Argentina's blockade of Uruguay.")))
        .contains("CHL>ARG ACCUSE")
        .doesNotContain("CHL>URY ACCUSE");
    assertThat(Docs.dyads(Docs.of("Kenya condemned the shelling of Somalia.")))
        .doesNotContain("KEN>SOM ACCUSE");
    assertThat(Docs.dyads(Docs.of("Norway criticised the remarks of the Danish minister.")))
        .containsExactly("NOR>DNKGOV ACCUSE");
  }

  @Test
  void aGovernmentThatProtestsComplainsButACrowdThatProtestsDemonstrates() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Japanese foreign ministry protested against China's detention of a"
                        + " Japanese businessman.")))
        .contains("JPNGOV>CHN ACCUSE")
        .noneMatch(r -> r.contains("PROTEST"));
    assertThat(Docs.dyads(Docs.of("Chilean students protested outside the Bolivian embassy.")))
        .contains("CHLCVL>BOLGOV PROTEST")
        .noneMatch(r -> r.contains("ACCUSE"));
  }

  @Test
  void condemningAnActWhoseDoerANamedParticipleGivesAccusesTheDoer() {
    assertThat(Docs.dyads(Docs.of("Russia condemned the sanctions imposed by the European Union.")))
        .containsExactly("RUS>IGOEUREEC ACCUSE");
  }

  @Test
  void regretAtAnothersDecisionIsDisapprovalOfItsOwner() {
    assertThat(
            Docs.dyads(
                Docs.of("The leaders of France and Germany regretted President Trump's decision.")))
        .containsExactlyInAnyOrder("FRAGOV>USAGOV ACCUSE", "DEUGOV>USAGOV ACCUSE");
    assertThat(Docs.dyads(Docs.of("Germany regretted the American decision to leave the treaty.")))
        .containsExactly("DEU>USA ACCUSE");
    assertThat(Docs.dyads(Docs.of("Germany regretted that the talks with France had failed.")))
        .isEmpty();
  }

  @Test
  void condemningWhatSomeoneCalledTheConductOfAnotherAccusesIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenyan opposition spokesman Dennis Otieno condemned what he called the"
                        + " \"brutal and unprovoked\" conduct of the Kenyan police.")))
        .containsExactly("KENOPP>KENCOP ACCUSE");
  }

  @Test
  void namingSomeoneAFriendPraisesThemAndNamingThemRecklessCriticises() {
    assertThat(
            Docs.dyads(
                Docs.of("The Russian president called China a strategic partner on Monday.")))
        .containsExactly("RUSGOV>CHN SUPPORT");
    assertThat(
            Docs.dyads(
                Docs.of("The Kenyan president described the Ethiopian government as reckless.")))
        .containsExactly("KENGOV>ETHGOV ACCUSE");
    assertThat(
            Docs.dyads(
                Docs.of("The French president called the attack a great tragedy for Lebanon.")))
        .isEmpty();
  }

  @Test
  void condemnationOfAnActPromptedFromAnotherStateCriticisesItsDoer() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Russia shelled Kharkiv on Monday, prompting condemnation of the attack from"
                        + " France.")))
        .contains("FRA>RUS ACCUSE");
  }
}
