package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pardons: a pardon granted to someone as a noun ("granted X a full pardon") is CONCEDE, as the
 * PLOVER manual files formal pardons. The verb forms ("pardoned 2,300 jailed Islamists", "granted
 * clemency to X") stay the release (RETREAT) that the wire and gold suites code. The one pardoned,
 * named and unlisted, is the pardoning state's citizen.
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
