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

  private static java.util.List<String> datedFromText(java.time.LocalDate published, String text) {
    return Docs.CUED.code(Docs.publishedOn(published, text)).stream()
        .map(e -> e.source().code() + ">" + e.targetCode() + " " + e.eventType())
        .toList();
  }

  @Test
  void aPersonIsCodedAsOnTheDayTheSentenceGivesTheAct() {
    java.time.LocalDate sunday = java.time.LocalDate.of(2020, 1, 5);
    // Soleimani's office ended with his death on 3 January; the act is dated Thursday the 2nd.
    assertThat(
            datedFromText(
                sunday,
                "Thursday, United States military forces killed Qasem Soleimani in an airstrike."))
        .containsExactly("USAMIL>IRNMIL ASSAULT");
    // With no date in the sentence, the article's date stands: he held no office then.
    assertThat(datedFromText(sunday, "United States military forces killed Qasem Soleimani."))
        .containsExactly("USAMIL>IRNELI ASSAULT");
  }
}
