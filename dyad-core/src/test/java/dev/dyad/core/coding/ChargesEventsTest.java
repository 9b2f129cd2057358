package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The PLOVER manual files charging, indicting, suing and trying someone under ACCUSE; a conviction
 * stays COERCE, as CAMEO 173 has it.
 */
class ChargesEventsTest {
  @Test
  void aChargeIsAnAccusation() {
    assertThat(Docs.dyads(Docs.of("Russia charged the American reporter with espionage.")))
        .containsExactly("RUS>USA ACCUSE");
    assertThat(Docs.dyads(Docs.of("Iran indicted two British nationals for spying.")))
        .containsExactly("IRN>GBRCVL ACCUSE");
  }

  @Test
  void aConvictionIsCoercion() {
    assertThat(Docs.dyads(Docs.of("Russia convicted the American reporter of espionage.")))
        .containsExactly("RUS>USA COERCE");
  }

  @Test
  void aChargeOfBreakingATreatyIsNoArrest() {
    assertThat(Docs.dyads(Docs.of("Britain charged Russia with breaking the treaty.")))
        .noneMatch(d -> d.endsWith("COERCE"));
  }
}
