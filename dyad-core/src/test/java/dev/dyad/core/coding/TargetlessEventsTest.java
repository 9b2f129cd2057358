package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events with a source and no target (targetless.txt): PLOVER's protests, strikes, mobilisations,
 * resignations and surrenders. They carry an empty target, never a placeholder actor, and yield to
 * a dyadic reading of the same act.
 */
class TargetlessEventsTest {
  /** With the real modality cues (Docs.CODER reads every event as asserted). */
  private static final EventCoder CODER = Docs.CUED;

  private static List<Event> events(String... sentences) {
    return Docs.lastSentenceEvents(sentences);
  }

  @Test
  void codesAMarchWithNoTargetAsAProtestByItsSource() {
    // Quirk: bare "protesters" is no actor; "protesters in Kiev" is Ukraine's civilians.
    List<Event> events = events("Thousands of protesters in Kiev marched on Sunday.");
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventType()).isEqualTo(EventType.PROTEST);
              assertThat(e.source().code()).isEqualTo("UKRCVL");
              assertThat(e.target()).isEmpty();
              assertThat(e.dyadic()).isFalse();
              assertThat(e.targetCode()).isNull();
              assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
              assertThat(e.pattern()).startsWith("targetless.");
              assertThat(e.cameo()).startsWith("14");
              assertThat(e.date()).isPresent();
            });
  }

  @Test
  void codesAMobilisationWithNoTarget() {
    List<Event> events = events("Russia mobilised 300,000 reservists.");
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventType()).isEqualTo(EventType.MOBILIZE);
              assertThat(e.source().code()).isEqualTo("RUS");
              assertThat(e.target()).isEmpty();
            });
  }

  @Test
  void aMissileFiredIntoTheSeaIsAShowOfForceAndAtAStateAnAttack() {
    assertThat(events("Pakistan fired two cruise missiles into the Arabian Sea."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventType()).isEqualTo(EventType.MOBILIZE);
              assertThat(e.source().code()).isEqualTo("PAK");
              assertThat(e.target()).isEmpty();
            });
    assertThat(events("Syria fired missiles at Jordan."))
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.ASSAULT));
  }

  @Test
  void aDyadicReadingOfTheSameActWins() {
    // targetless.protest.rally and targetless.protest.stage match these words too.
    assertThat(events("Ukrainian protesters marched on the Russian embassy in Kiev."))
        .singleElement()
        .satisfies(e -> assertThat(e.targetCode()).isEqualTo("RUSGOV"));
    assertThat(events("Iranian students staged protests against the United States."))
        .singleElement()
        .satisfies(e -> assertThat(e.targetCode()).isEqualTo("USA"));
  }

  @Test
  void aDyadicEventKeepsItsIdOnceTargetlessPatternsAreLoaded() {
    Event e = events("Iranian students staged protests against the United States.").get(0);
    assertThat(e.eventId())
        .isEqualTo(
            EventCoder.eventId(
                e.docId(),
                e.sentenceIndex(),
                e.span().start(),
                e.span().end(),
                e.pattern(),
                e.source().code(),
                e.targetCode()));
  }

  @Test
  void aThreatenedOrRefusedActIsNotCoded() {
    assertThat(events("Nigerian unions threatened to strike over fuel prices.")).isEmpty();
    assertThat(events("Nigerian unions threatened to go on strike over fuel prices.")).isEmpty();
    assertThat(events("Hamas fighters refused to surrender.")).isEmpty();
  }

  @Test
  void aStrikeAnnouncedForLaterIsPlanned() {
    assertThat(events("Nigerian unions will go on a general strike next week."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventType()).isEqualTo(EventType.PROTEST);
              assertThat(e.mode()).contains("strike");
              assertThat(e.target()).isEmpty();
              assertThat(e.modality()).isEqualTo(Modality.PLANNED);
            });
  }

  @Test
  void codesAResignationAndASurrender() {
    assertThat(events("Italian Prime Minister Mario Draghi resigned on Thursday."))
        .singleElement()
        .satisfies(
            e -> {
              // PLOVER: resignations of officials are RETREAT, mode resign.
              assertThat(e.eventType()).isEqualTo(EventType.RETREAT);
              assertThat(e.mode()).contains("resign");
              assertThat(e.source().code()).startsWith("ITA");
              assertThat(e.target()).isEmpty();
            });
  }

  @Test
  void aTargetlessIdDiffersFromEveryDyadicIdOfTheSameSpan() {
    String dyadic = EventCoder.eventId("d", 0, 0, 10, "p.x", "RUS", "UKR");
    String none = EventCoder.eventId("d", 0, 0, 10, "p.x", "RUS", "");
    assertThat(none).isNotEqualTo(dyadic).hasSize(24);
  }

  @Test
  void codesACandidateEndingACampaignAsConcedingTheElection() {
    for (String sentence :
        List.of(
            "US Senator Ana Pierce ended her bid for the Democratic nomination on Wednesday.",
            "US Senator Ana Pierce announced the end of her presidential campaign.",
            "US Senator Ana Pierce dropped out of the presidential race in March.",
            "The Kenyan opposition leader conceded defeat on Monday.")) {
      assertThat(events(sentence))
          .as(sentence)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.eventType()).isEqualTo(EventType.CONCEDE);
                assertThat(e.target()).isEmpty();
              });
    }
    // A military campaign is no candidacy.
    assertThat(events("Russia ended its military campaign in Syria."))
        .noneMatch(e -> e.eventType() == EventType.CONCEDE);
  }

  @Test
  void codesBeginningOrLeadingAProtestButNotACampaignAgainstOne() {
    assertThat(events("Swedish activist Greta Thunberg began her climate protest in Stockholm."))
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.PROTEST));
    assertThat(events("Trump led a campaign against the protests.")).isEmpty();
  }

  @Test
  void codesForcesDeployedToKeepOrderAsAMobilisationAndRiotPoliceAsNoRiot() {
    assertThat(events("Kenya deployed riot police."))
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.MOBILIZE));
    assertThat(events("President Trump sent federal officers to protect federal buildings."))
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.MOBILIZE));
    // A dyadic reading of the same verb wins.
    assertThat(events("Russia sent troops to Syria."))
        .noneMatch(e -> e.eventType() == EventType.MOBILIZE);
  }

  @Test
  void codesTyresBurnedStatuesToppledClassesBoycottedAndAStrikeNamedBeforeItsStrikers() {
    assertThat(events("Opposition supporters burned tyres in Conakry."))
        .singleElement()
        .satisfies(e -> assertThat(e.source().code()).isEqualTo("GINOPP"));
    assertThat(events("Protesters in Boston toppled a statue of Christopher Columbus."))
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.PROTEST));
    assertThat(events("Teachers in Zimbabwe boycotted classes."))
        .singleElement()
        .satisfies(e -> assertThat(e.source().code()).isEqualTo("ZWEEDU"));
    assertThat(events("A hunger strike by Palestinian prisoners entered its 40th day."))
        .singleElement()
        .satisfies(e -> assertThat(e.source().code()).isEqualTo("PSECVL"));
    // A strike by missiles is an attack, never a walkout.
    assertThat(events("The strike by Russian missiles hit Kyiv."))
        .noneMatch(e -> e.eventType() == EventType.PROTEST);
  }

  @Test
  void theSupportersOfAPersonClashNotThePerson() {
    assertThat(events("Supporters of Imran Khan clashed with police in Lahore."))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.source().code() + e.targetCode()).doesNotContain("GOV"));
  }

  @Test
  void aMissileThatLandsInTheSeaOrIsFiredOffTheOwnCoastShowsForce() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Pakistan fired a cruise missile that fell into the Arabian Sea on"
                        + " Thursday.")))
        .containsExactly("PAK>null MOBILIZE");
    assertThat(Docs.dyads(Docs.of("China launched three rockets off its southern coast.")))
        .containsExactly("CHN>null MOBILIZE");
  }

  @Test
  void workersWhoQuitLeaveNoOffice() {
    assertThat(Docs.dyads(Docs.of("Dozens of American poll workers quit ahead of the election.")))
        .isEmpty();
    assertThat(Docs.dyads(Docs.of("The Peruvian interior minister resigned on Monday.")))
        .containsExactly("PERGOV>null RETREAT");
  }

  @Test
  void aLeaderDueToStepDownHasNotYet() {
    assertThat(
            Docs.lastSentenceEvents(
                    "Mali's president Amadou Toumani Touré had been due to step down after the"
                        + " elections in April.")
                .stream()
                .map(Docs::labelled))
        .containsExactly("MLIGOV>null RETREAT@planned");
  }

  @Test
  void aPoliticianWhoDropsOutOrWithdrawsConcedesButStudentsAndTroopsDoNot() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "US Senator Ellen Marsh withdrew her name from consideration on Thursday.")))
        .containsExactly("USALEG>null CONCEDE");
    assertThat(Docs.dyads(Docs.of("US Senator Ellen Marsh dropped out on Wednesday.")))
        .containsExactly("USALEG>null CONCEDE");
    assertThat(Docs.dyads(Docs.of("Kenyan students dropped out of school in Nairobi."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Russian troops withdrew from Kherson on Friday.")))
        .doesNotContain("RUSMIL>null CONCEDE");
  }

  @Test
  void aResignationNamedByItsNounIsTheOfficialsRetreat() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Australia's parliament met in Canberra on Monday.",
                    "A by-election was called after the resignation of Liberal National MP Jane"
                        + " Corrigan.")))
        .containsExactly("AUSLEG>null RETREAT");
    // A demanded resignation has not happened: the demand is coded, not the resignation.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Australia's parliament met in Canberra on Monday.",
                    "Protesters called for the resignation of Prime Minister Scott Morrison.")))
        .doesNotContain("AUSGOV>null RETREAT");
  }
}
