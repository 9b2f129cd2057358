package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Money promised: PLOVER codes the promise (AGREE, a fact) and the transfer it promises (AID,
 * planned), whether the money goes "to" the state or "to rebuild" it.
 */
class PledgedMoneyEventsTest {
  private static java.util.List<String> labelled(String sentence) {
    return Docs.lastSentenceEvents(sentence).stream().map(Docs::labelled).toList();
  }

  @Test
  void promisedAidIsAnAgreementAndPlannedAid() {
    assertThat(labelled("The United States promised $2 billion in aid to Pakistan."))
        .containsExactlyInAnyOrder("USA>PAK AGREE@asserted", "USA>PAK AID@planned");
  }

  @Test
  void moneyPledgedToRebuildAStateIsPledgedToIt() {
    assertThat(labelled("Saudi Arabia pledged $1 billion to rebuild Lebanon."))
        .containsExactlyInAnyOrder("SAU>LBN AGREE@asserted", "SAU>LBN AID@planned");
  }
}
