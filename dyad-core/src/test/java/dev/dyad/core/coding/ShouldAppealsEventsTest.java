package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "said X should …" is an appeal to X for a few contents that are rarely mere opinion: withdrawing
 * forces, reversing a policy, accepting an election's result. The act asked for is not coded.
 */
class ShouldAppealsEventsTest {
  @Test
  void sayingAStateShouldWithdrawIsAnAppealNotAWithdrawal() {
    assertThat(
            Docs.dyads(
                Docs.of("The European Union said Russia should withdraw its troops from Ukraine.")))
        .containsExactly("IGOEUREEC>RUS REQUEST");
  }

  @Test
  void sayingTheLoserShouldAcceptTheResultIsAnAppeal() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Senator Mitt Romney said the president ought to accept the result of the vote.")))
        .containsExactly("USALEG>USAGOV REQUEST");
  }

  @Test
  void sayingAGovernmentShouldReverseItsPolicyIsAnAppeal() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Amnesty International said Egypt should reverse its decision to ban the"
                        + " group.")))
        .containsExactly("NGOAMN>EGY REQUEST");
  }
}
