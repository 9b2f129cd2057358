package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Host" names a visit far more often than shelter given to armed men: only the armed men named
 * after the actor make it aid. Sentences written for this test.
 */
class HostingEventsTest {
  @Test
  void hostingALeaderIsAVisitNotAid() {
    assertThat(Docs.dyads(Docs.of("Brazil will host Indian Prime Minister Narendra Modi in May.")))
        .containsExactly("INDGOV>BRA CONSULT");
  }

  @Test
  void hostingArmedMenNamedAsSuchIsAid() {
    assertThat(
            Docs.lastSentenceEvents("Pakistan hosts Taliban fighters in Quetta.").stream()
                .map(Docs::labelled))
        .anyMatch(e -> e.startsWith("PAK>AFG") && e.endsWith(" AID@asserted"));
  }
}
