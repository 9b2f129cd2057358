package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pardons, amnesties and clemency are CONCEDE in every wording ("granted X a full pardon",
 * "pardoned 2,300 jailed Islamists", "granted clemency to X"), as the PLOVER manual files formal
 * pardons; only a release the text tells ("were freed") is RETREAT. The one pardoned, named and
 * unlisted, is the pardoning state's citizen.
 */
class PardonEventsTest {
  @Test
  void aPardonGrantedToANamedPersonIsAConcession() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "President Trump granted Harlan Quist a full and unconditional pardon.")))
        .containsExactly("USAGOV>USACVL CONCEDE");
  }

  @Test
  void theOneGrantedClemencyIsTheStatesCitizen() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Trump granted clemency to Harlan Quist on Friday.")))
        .containsExactly("USAGOV>USACVL CONCEDE");
  }

  @Test
  void aPardonOfPrisonersIsAConcessionNotARelease() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Algerian President Abdelaziz Bouteflika pardoned 2,300 jailed Islamists.")))
        .containsExactly("DZAGOV>DZACVL CONCEDE");
  }

  @Test
  void aPardonGrantedAsAFavourToNoOneCodesNothing() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "The governor granted the request a hearing.")))
        .isEmpty();
  }

  @Test
  void aNameSharingALeadersGivenNameIsStillAPerson() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "President Trump granted Angela Ruthven Quist a full pardon.")))
        .containsExactly("USAGOV>USACVL CONCEDE");
  }

  @Test
  void commutingAPrisonSentenceIsAConcession() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "President Trump commuted the prison sentence of Harlan Quist.")))
        .containsExactly("USAGOV>USACVL CONCEDE");
  }

  @Test
  void anAmnestyGrantedToANamedPersonIsAConcession() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "President Trump granted amnesty to Harlan Quist.")))
        .containsExactly("USAGOV>USACVL CONCEDE");
  }
}
