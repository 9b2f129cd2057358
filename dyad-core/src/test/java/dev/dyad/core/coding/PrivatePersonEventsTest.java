package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Private people named by a common noun ("a man", "the driver", "a teenager") are civilians of the
 * country their sentence or article gives them, and only ever the target of a coercive or violent
 * act by the state or an armed group.
 */
class PrivatePersonEventsTest {
  @Test
  void codesPoliceArrestingAManAsCivilianTarget() {
    assertThat(Docs.dyads(Docs.of("Police arrested a teenager in Lahore on Friday.")))
        .containsExactly("PAKCOP>PAKCVL COERCE");
    assertThat(Docs.dyads(Docs.of("Soldiers shot a woman near Goma.")))
        .containsExactly("CODMIL>CODCVL ASSAULT");
  }

  @Test
  void takesTheArticlesCountryWhenTheSentenceNamesNone() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A bus overturned near Kyiv, Ukraine, on Monday.",
                    "Ukraine's emergency service said 12 people were hurt.",
                    "Police detained the driver.")))
        .containsExactly("UKRCOP>UKRCVL COERCE");
  }

  @Test
  void resolvesHimToThePrivatePersonBefore() {
    assertThat(
            Docs.dyads(
                Docs.of("A man stabbed two people in Lahore on Friday.", "Police shot him dead.")))
        .containsExactly("PAKCOP>PAKCVL ASSAULT");
  }

  @Test
  void aPrivatePersonIsNeverASourceNorTheTargetOfTalk() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A man accused the police of torture in Lahore.",
                    "A woman criticised the government in Lahore.",
                    "The mayor of Lahore met a man on Friday.")))
        .isEmpty();
  }

  @Test
  void codesNothingWithoutACountry() {
    assertThat(Docs.dyads(Docs.of("The storm passed.", "Police arrested a man."))).isEmpty();
  }
}
