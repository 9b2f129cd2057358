package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Domestic releases and pardons: freed prisoners with no nationality are the freeing state's own, a
 * pardon (a concession) also covers its own officers; named or likely foreigners keep or lack a
 * country.
 */
class DomesticReleaseEventsTest {
  @Test
  void aStateFreeingBarePrisonersFreesItsOwnPeople() {
    assertThat(Docs.dyads(Docs.of("Myanmar freed about 300 prisoners on Friday.")))
        .containsExactly("MMR>MMRCVL RETREAT");
    assertThat(Docs.dyads(Docs.of("Egypt released 40 detainees on Sunday.")))
        .containsExactly("EGY>EGYCVL RETREAT");
  }

  @Test
  void aPardonCoversTheStatesOwnOfficers() {
    assertThat(
            Docs.dyads(Docs.of("French President Emmanuel Macron pardoned 40 military officers.")))
        .containsExactly("FRAGOV>FRAMIL CONCEDE");
  }

  @Test
  void namedForeignersStayForeignAndBareOnesStayUnknown() {
    assertThat(Docs.dyads(Docs.of("Iran released 15 British sailors on Thursday.")))
        .containsExactly("IRN>GBRMIL RETREAT");
    // Freed hostages or sailors with no nationality are often foreigners: nothing is guessed.
    assertThat(Docs.dyads(Docs.of("Iran released 15 hostages on Thursday."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Iran released 15 sailors on Thursday."))).isEmpty();
  }

  @Test
  void aReleaseAskedForOrAStatementReleasedIsNoRelease() {
    assertThat(Docs.dyads(Docs.of("Cuba released a statement on Tuesday."))).isEmpty();
    assertThat(Docs.dyads(Docs.of("Amnesty International urged Egypt to free 40 detainees.")))
        .doesNotContain("EGY>EGYCVL RETREAT");
  }

  @Test
  void aPardonAfterTheSubjectsAppositionIsCoded() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Nigeria's head of state, General Sani Abacha, has pardoned 12 journalists.")))
        .containsExactly("NGAGOV>NGAMED CONCEDE");
  }

  @Test
  void freeingSomeoneHeldIsARelease() {
    assertThat(Docs.dyads(Docs.of("Iran freed the jailed American contractor on Sunday.")))
        .containsExactly("IRN>USA RETREAT");
  }
}
