package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An act that is the purpose of what is done to its actor ("paid bounties to the Taliban to kill
 * American soldiers") is intended, not reported as done: planned, never a fact.
 */
class PurposeClauseEventsTest {
  @Test
  void anActPaidForIsPlanned() {
    assertThat(Docs.readings("Russia paid bounties to the Taliban to kill American soldiers."))
        .contains("AFG>USA ASSAULT planned")
        .noneMatch(r -> r.endsWith("ASSAULT asserted"));
  }

  @Test
  void anActTrainedForIsPlanned() {
    assertThat(Docs.readings("Iran trained Houthi rebels to attack Saudi Arabia."))
        .noneMatch(r -> r.contains("ASSAULT asserted"));
  }

  @Test
  void anActTheActorSetOutToDoStaysAsItWas() {
    assertThat(Docs.readings("The Taliban went on to kill American soldiers in Kandahar."))
        .noneMatch(r -> r.endsWith("planned"));
  }
}
