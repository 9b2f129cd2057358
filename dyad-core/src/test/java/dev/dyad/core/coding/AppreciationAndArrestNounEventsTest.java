package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Appreciating someone is praise (SUPPORT); announcing "the arrest of" someone is the announcer's
 * arrest of them (COERCE).
 */
class AppreciationAndArrestNounEventsTest {
  @Test
  void appreciatingSomeonesWorkIsPraise() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Iraq's government met in Baghdad on Monday.",
                    "The United States appreciates the Iraqi security forces' swift response.")))
        .containsExactly("USA>IRQCOP SUPPORT");
  }

  @Test
  void announcingTheArrestOfSuspectsIsTheirArrest() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "India's government met in New Delhi on Monday.",
                    "Police later announced the arrest of two suspects in the killing.")))
        .containsExactly("INDCOP>INDCRM COERCE");
  }
}
