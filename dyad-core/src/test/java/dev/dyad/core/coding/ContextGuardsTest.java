package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision guards found by reading coded news events: hedges that qualify a noun or an earlier
 * phrase rather than the act, verbal attacks on an issue, photo captions, states of emergency for a
 * disaster, repressed protests, a request's own modality and one target read twice.
 */
class ContextGuardsTest {
  private static final EventCoder CODER = Docs.CUED;

  private static List<Event> events(String... sentences) {
    return Docs.lastSentenceEvents(sentences);
  }

  @Test
  void aHedgedSubjectNounDoesNotHedgeItsVerb() {
    assertThat(events("The suspected Somali pirates surrendered to the Indian navy."))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.ASSERTED));
  }

  @Test
  void aHedgedNounTriggerIsStillHedged() {
    assertThat(
            events(
                "The alleged deployment of Cuban soldiers to support Venezuela worried Colombia."))
        .filteredOn(e -> e.eventType() == EventType.AID)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.ALLEGED));
  }

  @Test
  void anAdverbBeforeAnAdjectiveOfTheObjectDoesNotHedgeTheAct() {
    assertThat(
            events(
                "Belarusian riot police dispersed reportedly nonviolent protesters in Minsk using"
                    + " water cannon."))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.modality()).isNotEqualTo(Modality.ALLEGED));
  }

  @Test
  void allegationsInAFrontedPhraseDoNotHedgeTheMainClause() {
    assertThat(
            events(
                "In 2011, after bribery allegations were published, the Peruvian interior"
                    + " minister resigned."))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.ASSERTED));
    // An allegation whose own clause holds the act still hedges it.
    assertThat(events("Kenya made allegations that Somalia attacked a border post."))
        .filteredOn(e -> e.eventType() == EventType.ASSAULT)
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.ALLEGED));
  }

  @Test
  void aCallForActionIsARequestThatHappened() {
    assertThat(events("Spain's prime minister called for NATO action on the crisis."))
        .filteredOn(e -> e.eventType() == EventType.REQUEST)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.ASSERTED));
  }

  @Test
  void attackingSomeoneOnAnIssueIsCriticism() {
    assertThat(
            events("The German chancellor attacked the Polish president on blocking the budget."))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.eventType()).isEqualTo(EventType.ACCUSE));
    assertThat(events("Russian troops attacked Ukrainian positions on Tuesday."))
        .extracting(Event::eventType)
        .contains(EventType.ASSAULT);
  }

  @Test
  void aPhotoCaptionStandingWithLeadersIsNoSupport() {
    assertThat(
            events("Canadian Prime Minister Mark Carney stands with leaders from Mexico and Japan"))
        .noneMatch(e -> e.eventType() == EventType.SUPPORT);
    assertThat(events("The Polish president (left) stands with the French president in Warsaw."))
        .noneMatch(e -> e.eventType() == EventType.SUPPORT);
    assertThat(events("Britain stands with Ukraine, the foreign secretary said."))
        .extracting(Event::eventType)
        .contains(EventType.SUPPORT);
  }

  @Test
  void aStateOfEmergencyForADisasterIsNoRepression() {
    assertThat(
            events(
                "The governor of Florida declared a state of emergency as the hurricane"
                    + " approached."))
        .noneMatch(e -> e.eventType() == EventType.COERCE);
    assertThat(
            events(
                "The Thai government declared a state of emergency in Bangkok to end the"
                    + " protests."))
        .extracting(Event::eventType)
        .contains(EventType.COERCE);
  }

  @Test
  void authoritiesSuppressingProtestsDoNotProtest() {
    assertThat(
            events(
                "Rights groups said the Belarusian authorities chose to suppress protests in"
                    + " Minsk."))
        .noneMatch(e -> e.eventType() == EventType.PROTEST);
  }

  @Test
  void oneTargetReadAsACountryAndAsItsTroopsGivesOneEvent() {
    assertThat(
            events("Iran launched rockets targeting US troops at bases in response to a US raid."))
        .filteredOn(e -> e.eventType() == EventType.ASSAULT)
        .singleElement()
        .satisfies(e -> assertThat(e.targetCode()).isEqualTo("USAMIL"));
  }

  @Test
  void safetyAdviceToThePublicIsARequestNotAThreat() {
    assertThat(events("Police in Oslo warned people in the area to stay inside."))
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.REQUEST));
    assertThat(events("Russia warned Ukraine not to join NATO."))
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.THREATEN));
  }

  @Test
  void anAgreementOneIsPartOfIsNoSigning() {
    assertThat(events("Chile is part of a trade pact between Peru and Bolivia.")).isEmpty();
    assertThat(events("Chile is a party to the treaty between Peru and Bolivia.")).isEmpty();
    assertThat(events("A pact between Peru and Bolivia was signed on Monday."))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.eventType()).isEqualTo(EventType.SUPPORT));
  }

  @Test
  void whatSomeoneWantsAnotherToDoIsNotDone() {
    assertThat(events("Peruvian lawmakers want the president to resign.")).isEmpty();
    assertThat(events("The US expects Russia to withdraw its troops from Georgia.")).isEmpty();
    assertThat(events("Peru's president resigned on Monday."))
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.RETREAT));
  }

  @Test
  void whatSomeoneShouldDoIsNoFact() {
    // The appeal is a fact (issue 11: "said X must …" is REQUEST); the concession asked for is not.
    List<Event> found =
        events("A US senator said the president should accept the result of the vote.");
    assertThat(found).extracting(Event::eventType).contains(EventType.REQUEST);
    assertThat(found)
        .filteredOn(e -> e.eventType() != EventType.REQUEST)
        .allSatisfy(e -> assertThat(e.modality()).isNotEqualTo(Modality.ASSERTED))
        .allSatisfy(e -> assertThat(e.modality()).isNotEqualTo(Modality.REPORTED));
  }
}
