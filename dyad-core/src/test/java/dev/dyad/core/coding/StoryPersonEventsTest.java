package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The person a story follows: introduced once with a title, then "he" and a surname for the rest of
 * the article. A pronoun prefers the subjects of the sentences before it to the people they acted
 * on, and a surname keeps the office the article gave it.
 */
class StoryPersonEventsTest {
  private static final String INTRODUCED =
      "Kenyan opposition leader Raila Odinga held a rally in Nairobi on Sunday.";

  @Test
  void aPronounAfterTwoSentencesOfHimIsTheSubjectNotThePersonHeAccused() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    INTRODUCED,
                    "He urged supporters to boycott the vote.",
                    "He also accused President Uhuru Kenyatta of rigging the election.",
                    "Police later arrested him.")))
        .containsExactly("KENCOP>KENOPP COERCE");
  }

  @Test
  void aPronounInItsOwnSentenceStillTakesThePersonJustNamed() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    INTRODUCED,
                    "He accused President Uhuru Kenyatta of fraud.",
                    "Kenyan police summoned Kenyatta's aide, and later arrested him.")))
        .contains("KENCOP>KENGOV COERCE")
        .doesNotContain("KENCOP>KENOPP COERCE");
  }

  @Test
  void aSurnameKeepsTheOfficeTheArticleGaveIt() {
    // On 1 March 2025 the dictionary gives Odinga no office (ELI); the article calls him the
    // opposition leader.
    assertThat(Docs.dyads(Docs.of(INTRODUCED, "Odinga condemned the arrests by the police.")))
        .allMatch(d -> d.startsWith("KENOPP>"))
        .isNotEmpty();
  }
}
