package dev.dyad.core.coding.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The first comma of a sentence that opens with a preposition closes that phrase, unless a list
 * goes on after it ("During the meeting of Chile, Peru and Bolivia on Monday, …"); a comma after a
 * clause's verb ("…, Chile and Peru agreed, on Monday, to …") closes no list.
 */
class OpeningPhraseListsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<Set<String>> coordinations(String sentence) {
    SentenceActors actors =
        SentenceActors.of(
            Tokenizer.tokenize(sentence), MATCHER.find(sentence, LocalDate.of(2019, 3, 4)), 0);
    return actors.fills().stream()
        .filter(f -> f.parties().size() > 1)
        .map(f -> f.parties().stream().map(Party::code).collect(Collectors.toSet()))
        .toList();
  }

  @Test
  void aListInsideTheOpeningPhraseIsOneCoordination() {
    assertThat(
            coordinations(
                "During the meeting of Chile, Peru and Bolivia on March 3, 2019, a railway was"
                    + " discussed."))
        .containsExactly(Set.of("CHL", "PER", "BOL"));
  }

  @Test
  void aStateBeforeTheCommaThatClosesTheOpeningPhraseJoinsNoList() {
    assertThat(
            coordinations(
                "Under a plan brokered by France, Chile and Peru agreed, on Monday, to end the"
                    + " dispute."))
        .containsExactly(Set.of("CHL", "PER"));
  }
}
