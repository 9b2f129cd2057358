package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Impeachment is ACCUSE from the legislature: named ("the House impeached"), or implied by the
 * passive with no agent ("was impeached in December"), as only a legislature impeaches.
 */
class ImpeachmentEventsTest {
  @Test
  void theHouseIsTheLegislature() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "The House impeached Trump in December.")))
        .containsExactly("USALEG>USAGOV ACCUSE");
  }

  @Test
  void anImpeachmentWithNoAgentIsTheLegislatures() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Trump was impeached in December for abuse of power.")))
        .containsExactly("USALEG>USAGOV ACCUSE");
  }

  @Test
  void aNamedImpeacherWinsOverTheImpliedOne() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Brazil's Senate met in Brasilia on Tuesday.",
                    "President Dilma Rousseff was impeached by the Chamber of Deputies in April.")))
        .containsExactly("BRALEG>BRAGOV ACCUSE");
  }
}
