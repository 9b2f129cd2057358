package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A personal pronoun that opens a sentence is the subject of its second verb too, as a name is ("He
 * defended his record and criticized …"). Sentences written for this test.
 */
class PronounSubjectEventsTest {
  @Test
  void aPronounSubjectIsSharedByTheVerbAfterAnd() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Chilean President Gabriel Boric spoke in Santiago on Monday.",
                    "He defended his record on pensions and criticized Argentina for closing"
                        + " the border.")))
        .contains("CHLGOV>ARG ACCUSE");
  }

  @Test
  void aLeadersOwnCountryOrGovernmentIsTheStateTheLeaderSpeaksFor() {
    assertThat(
            Docs.dyads(
                Docs.of("President Erdogan said his government would send troops to Azerbaijan.")))
        .containsExactly("TURGOV>AZE AID");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Prime Minister Jacinda Ardern said her country would expel the Russian"
                        + " ambassador.")))
        .containsExactly("NZLGOV>RUSGOV SANCTION");
  }

  @Test
  void aTitledLeaderWithoutANameSpeaksForTheirCountryToo() {
    assertThat(
            Docs.dyads(
                Docs.of("The Kenyan president said his country would send police to Haiti.")))
        .containsExactly("KENGOV>HTI AID");
  }

  @Test
  void aLeadersOwnTroopsAreTheirStates() {
    assertThat(
            Docs.dyads(
                Docs.of("Putin said his troops would withdraw from Belarus after the drills.")))
        .allMatch(d -> d.startsWith("RUS"))
        .isNotEmpty();
  }

  @Test
  void aStatesOwnGovernmentOrForcesAreItsOrgans() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Iran acknowledged its government had unintentionally shot down a Ukrainian"
                        + " passenger jet.")))
        .containsExactly("IRNGOV>UKR ASSAULT");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Representatives from Iran acknowledged their government had shot down a"
                        + " Ukrainian passenger jet.")))
        .containsExactly("IRNGOV>UKR ASSAULT");
    assertThat(
            Docs.dyads(
                Docs.of("Thai protesters said their leaders would meet the prime minister.")))
        .noneMatch(d -> d.startsWith("THAGOV>"));
  }

  @Test
  void anAdverbInScareQuotesStaysInsideItsClause() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Iran said it had \"unintentionally\" shot down a Ukrainian passenger jet.")))
        .containsExactly("IRN>UKR ASSAULT");
  }

  @Test
  void aVerbAfterButSharesTheSubjectAsAfterAnd() {
    assertThat(Docs.dyads(Docs.of("Russia denied the charges but agreed to talks with Ukraine.")))
        .containsExactly("RUS>UKR AGREE");
    assertThat(Docs.dyads(Docs.of("Israel attacked Gaza, but Egypt condemned Israel.")))
        .contains("EGY>ISR ACCUSE")
        .doesNotContain("ISR>ISR ACCUSE");
  }

  @Test
  void theIslandIsTheIslandStateNamedBeforeNotTheLastState() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Taiwan's president visited the United States last week.",
                    "China staged military drills near the island on Saturday.")))
        .containsExactly("CHN>TWN MOBILIZE");
  }
}
