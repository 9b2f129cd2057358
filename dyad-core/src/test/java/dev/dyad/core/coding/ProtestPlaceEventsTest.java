package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Protests named by where they happen (issue 11, real news): "protests broke out in X", "unrest
 * continued in X", "the shooting in X led to protests", "thousands marched in X", "X, where riots
 * had broken out". The place stands for its people: a targetless PROTEST by the place's civilians
 * (XXXCVL). Sentences written for this test; events are "SOURCE>TARGET TYPE".
 */
class ProtestPlaceEventsTest {
  private static List<String> coded(String... sentences) {
    return Docs.lastSentenceEvents(sentences).stream()
        .map(e -> e.source().code() + ">" + e.targetCode() + " " + e.eventType())
        .sorted()
        .toList();
  }

  @Test
  void protestsThatBreakOutInAPlaceAreItsCiviliansProtest() {
    assertThat(coded("Protests broke out in Lagos after the vote."))
        .containsExactly("NGACVL>null PROTEST");
    assertThat(coded("Riots have erupted across Kenosha, Wisconsin."))
        .containsExactly("USACVL>null PROTEST");
    assertThat(coded("Unrest continued in Caracas on Monday."))
        .containsExactly("VENCVL>null PROTEST");
    assertThat(coded("Protests against the new fuel tax spread to Nairobi."))
        .containsExactly("KENCVL>null PROTEST");
  }

  @Test
  void anActThatSparksProtestsInAPlaceIsNotTheProtestersAct() {
    assertThat(coded("The Russian invasion sparked protests in Berlin."))
        .containsExactly("DEUCVL>null PROTEST");
    assertThat(coded("The killing of a student in Tehran triggered angry protests."))
        .containsExactly("IRNCVL>null PROTEST");
    assertThat(coded("Dmitri Orlov visited Manchester, where riots had broken out last month."))
        .containsExactly("GBRCVL>null PROTEST");
  }

  @Test
  void crowdsThatMarchOrFillTheStreetsOfAPlaceProtest() {
    assertThat(coded("Thousands marched in Bogota on Tuesday."))
        .containsExactly("COLCVL>null PROTEST");
    assertThat(coded("Tens of thousands took to the streets of Minsk."))
        .containsExactly("BLRCVL>null PROTEST");
    assertThat(coded("Protesters have filled downtown streets in Lima since June."))
        .containsExactly("PERCVL>null PROTEST");
    assertThat(
            coded(
                "Peru held a referendum.",
                "The count in Peru was delayed.",
                "The protesters who have filled the streets since June want an inquiry."))
        .containsExactly("PERCVL>null PROTEST");
    assertThat(coded("Hongkongers have been protesting since early June."))
        .containsExactly("HKG>null PROTEST");
    assertThat(coded("She was detained for taking part in a protest in Minsk."))
        .contains("BLRCVL>null PROTEST");
  }

  @Test
  void protestNounsThatNameNoProtestCodeNothing() {
    assertThat(coded("The band played protest songs in Berlin.")).isEmpty();
    assertThat(coded("Protest songs spread across Chile.")).isEmpty();
    assertThat(coded("The striker caused a riot in the penalty area against Spain.")).isEmpty();
    assertThat(coded("The meeting took place in Geneva.")).isEmpty();
    // No place and no people named: nothing to code.
    assertThat(coded("The decision led to protests.")).isEmpty();
  }

  @Test
  void aDiplomaticProtestStaysAnAccusationOfItsTarget() {
    assertThat(coded("China lodged a protest with Japan over the visit."))
        .containsExactly("CHN>JPN ACCUSE");
    assertThat(coded("Kenyan students protested the decision.")).isEmpty();
  }
}
