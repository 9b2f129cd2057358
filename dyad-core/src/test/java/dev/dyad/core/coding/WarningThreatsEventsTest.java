package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A warning that one's own side could act against another is a threat (PLOVER THREATEN), and the
 * act it announces is not coded as one; a warning about someone else's act is a forecast.
 */
class WarningThreatsEventsTest {
  @Test
  void aWarningThatOnesOwnStateCouldActAgainstAnotherIsAThreat() {
    List<Event> events =
        Docs.lastSentenceEvents(
            "Turkey warned on Monday that it could impose sanctions on Austria over the ban.");
    assertThat(events)
        .extracting(e -> Docs.dyad(e) + " " + e.eventType() + " " + e.modality().label())
        .containsExactly("TUR>AUT THREATEN asserted");
  }

  @Test
  void theOfficialsOfAStateWarnThatTheirCapitalWouldRetaliate() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Iranian officials warned that Tehran would retaliate against Riyadh if the"
                        + " executions went ahead.")))
        .containsExactly("IRNGOV>SAU THREATEN");
  }

  @Test
  void aWarningAboutAnotherStatesActIsNoThreat() {
    assertThat(Docs.dyads(Docs.of("Germany warned that Russia could attack Ukraine within weeks.")))
        .noneMatch(d -> d.startsWith("DEU"));
  }

  @Test
  void aVowThatAGroupWillBeDefeatedThreatensIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Kenyan President Uhuru Kenyatta vowed on Sunday that al-Shabaab would be"
                        + " defeated.")))
        .containsExactly("KENGOV>SOMREB THREATEN");
  }

  @Test
  void whatSomeoneIsWarnedAgainstDoingIsNotDone() {
    assertThat(Docs.readings("Seoul warned Pyongyang against attacking South Korean ships."))
        .containsExactly("KOR>PRK THREATEN asserted");
  }

  @Test
  void aDeadlineGivenToAStateIsAnUltimatumAndWhatItDemandsIsNotDone() {
    assertThat(
            Docs.readings(
                "NATO gave Serbia a deadline to pull its troops out of Kosovo on Monday."))
        .containsExactly("IGOWSTNAT>SRB THREATEN asserted");
  }
}
