package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Opening, restoring or upgrading diplomatic relations is SUPPORT in the PLOVER manual (it files
 * the start or growth of diplomatic ties there); trade and military ties stay COOPERATE, and
 * breaking relations is SANCTION.
 */
class DiplomaticRelationsEventsTest {
  @Test
  void restoringDiplomaticRelationsIsSupportBothWays() {
    assertThat(Docs.dyads(Docs.of("China and Indonesia restored diplomatic relations in 1990.")))
        .containsExactlyInAnyOrder("CHN>IDN SUPPORT", "IDN>CHN SUPPORT");
    assertThat(Docs.dyads(Docs.of("Israel established full diplomatic relations with Morocco.")))
        .containsExactlyInAnyOrder("ISR>MAR SUPPORT", "MAR>ISR SUPPORT");
  }

  @Test
  void tradeAndMilitaryTiesStayCooperation() {
    assertThat(Docs.dyads(Docs.of("Japan restored trade ties with South Korea.")))
        .containsExactlyInAnyOrder("JPN>KOR COOPERATE", "KOR>JPN COOPERATE");
  }

  @Test
  void breakingRelationsIsNoSupport() {
    assertThat(Docs.dyads(Docs.of("Bolivia broke off diplomatic relations with Israel.")))
        .noneMatch(d -> d.endsWith("SUPPORT"));
  }

  @Test
  void aCounterpartIsTheOtherStatesGovernment() {
    assertThat(
            Docs.dyads(Docs.of("Kenya's president received his Tanzanian counterpart in Nairobi.")))
        .allMatch(d -> d.contains("TZAGOV"))
        .isNotEmpty();
  }

  @Test
  void refusingToApproveAnApplicationRejectsItsOwner() {
    assertThat(Docs.readings("Hungary refused to approve Ukraine's bid to join the bloc."))
        .containsExactly("HUN>UKR REJECT asserted");
  }
}
