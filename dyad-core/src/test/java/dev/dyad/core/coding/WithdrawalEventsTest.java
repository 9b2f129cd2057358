package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Withdrawals as wire news writes them (the last of a force leaving, a leaving that ends an
 * occupation or completes a withdrawal), and talks hosted by a third party after the meeting's
 * place and day.
 */
class WithdrawalEventsTest {
  @Test
  void theLastOfAForceLeavingACountryIsAWithdrawal() {
    assertThat(Docs.dyads(Docs.of("The last Russian troops left Estonia on Sunday.")))
        .containsExactly("RUSMIL>EST RETREAT");
  }

  @Test
  void leavingThatEndsAnOccupationOrCompletesAWithdrawalIsAWithdrawal() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Syrian soldiers left Lebanon at dawn on Tuesday, ending 29 years of"
                        + " military presence.")))
        .containsExactly("SYRMIL>LBN RETREAT");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Ethiopian troops left Somalia on Friday, completing a pullout agreed in"
                        + " Djibouti.")))
        .containsExactly("ETHMIL>SOM RETREAT");
  }

  @Test
  void aMinisterLeavingACapitalIsNoWithdrawal() {
    assertThat(Docs.dyads(Docs.of("The Russian foreign minister left Beijing on Monday.")))
        .isEmpty();
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Russian foreign minister left Beijing on Monday, ending a three-day"
                        + " visit.")))
        .isEmpty();
  }

  @Test
  void talksHostedByAThirdPartyAfterTheMeetingsPlaceAndDay() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The leaders of Armenia and Azerbaijan met in the Russian resort of Sochi on"
                        + " Monday in talks hosted by Russia.")))
        .contains("RUS>ARMGOV CONSULT", "RUS>AZEGOV CONSULT");
  }

  @Test
  void aVisitInTheSubjectsRelativeClauseIsCoded() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Libyan leader, who has often called for closer regional ties, is expected"
                        + " to arrive in Accra on Friday.")))
        .containsExactly("LBYGOV>GHA CONSULT");
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The Egyptian president, who will fly to Amman for the funeral, praised the"
                        + " late king.")))
        .contains("EGYGOV>JOR CONSULT");
    assertThat(
            Docs.dyads(
                Docs.of("The French president, who was born in Algeria, criticised the law.")))
        .isEmpty();
  }

  @Test
  void aCeasefireAgreedByTwoSidesIsDeclaredByBoth() {
    assertThat(
            Docs.dyads(
                Docs.of("The ceasefire agreed by Armenia and Azerbaijan in Moscow was broken.")))
        .containsExactlyInAnyOrder("ARM>AZE CONCEDE", "AZE>ARM CONCEDE");
    // One that takes effect is observed, a retreat.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A truce between Armenia and Azerbaijan came into force at midnight on"
                        + " Saturday.")))
        .containsExactlyInAnyOrder("ARM>AZE RETREAT", "AZE>ARM RETREAT");
    // Talk of a ceasefire between them is no ceasefire.
    assertThat(
            Docs.dyads(
                Docs.of("Hopes for a truce between Armenia and Azerbaijan faded on Saturday.")))
        .isEmpty();
  }

  @Test
  void easedCurbsOnWhatEntersAPlaceEaseItsBlockade() {
    assertThat(Docs.readings("Egypt relaxed restrictions on the flow of fuel into the Gaza Strip."))
        .containsExactly("EGY>PSE RETREAT asserted");
  }
}
