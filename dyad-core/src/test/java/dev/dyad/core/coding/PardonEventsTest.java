package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pardons: a pardon or clemency granted to someone is CONCEDE, as the PLOVER manual files formal
 * pardons; a pardon that frees a group of prisoners stays the release (RETREAT) the suites code.
 * The one pardoned, named and unlisted, is the pardoning state's citizen.
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
        .containsExactly("USAGOV>USACVL RETREAT");
  }

  @Test
  void aPardonThatFreesPrisonersStaysARelease() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Algerian President Abdelaziz Bouteflika pardoned 2,300 jailed Islamists.")))
        .containsExactly("DZAGOV>DZACVL RETREAT");
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
}
