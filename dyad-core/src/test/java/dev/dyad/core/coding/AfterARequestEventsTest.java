package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A past tense after "and" that follows a request ("urged Iran to think again and met Pompeo") is
 * the speaker's next act, coded as a fact; it is not more of what the request asks for. What the
 * request asks for ("urged Iran to meet Pompeo") stays uncoded. Quirk: a request pattern whose gap
 * reaches the second verb still reads it as the request's content, so "urged Iran to think again
 * and met Pompeo" is a request to meet (mode `meet`); the type and the dyad are right.
 */
class AfterARequestEventsTest {
  /** A day both ministers named were in office. */
  private static final LocalDate IN_OFFICE = LocalDate.of(2020, 6, 1);

  @Test
  void aPastVerbAfterTheRequestIsTheSpeakersNextAct() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    IN_OFFICE,
                    "Britain's embassy in Washington was closed on Monday.",
                    "Dominic Raab urged Iran to think again and met Mike Pompeo.")))
        .containsExactlyInAnyOrder(
            "GBRGOV>IRN REQUEST", "GBRGOV>USAGOV CONSULT", "USAGOV>GBRGOV CONSULT");
  }

  @Test
  void aPastVerbAfterARequestToNoKnownActorIsStillCoded() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    IN_OFFICE,
                    "Britain's embassy in Washington was closed on Monday.",
                    "Dominic Raab asked them to wait and spoke with Mike Pompeo.")))
        .containsExactlyInAnyOrder("GBRGOV>USAGOV CONSULT", "USAGOV>GBRGOV CONSULT");
  }

  @Test
  void whatTheRequestAsksForStaysUncoded() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    IN_OFFICE,
                    "Britain's embassy in Washington was closed on Monday.",
                    "Dominic Raab urged Iran to meet Mike Pompeo.")))
        .doesNotContain("IRN>USAGOV CONSULT");
  }
}
