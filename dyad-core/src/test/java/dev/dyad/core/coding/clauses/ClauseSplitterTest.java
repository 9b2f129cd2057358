package dev.dyad.core.coding.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
  private final ClauseSplitter splitter = new ClauseSplitter(Set.of("said", "claimed"));

  private ClauseKind kindOf(String sentence, String word) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    Clauses clauses = splitter.split(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).form().equals(word)) {
        return clauses.of(i).kind();
      }
    }
    throw new AssertionError(word + " not in " + sentence);
  }

  @Test
  void thatAfterANounOpensARelativeClause() {
    assertThat(kindOf("Chile sent ships, a move that could anger Peru.", "could"))
        .isEqualTo(ClauseKind.RELATIVE);
  }

  @Test
  void thatAfterASayingVerbOpensAComplement() {
    assertThat(kindOf("Peru denied that it sent ships.", "sent")).isEqualTo(ClauseKind.COMPLEMENT);
  }

  @Test
  void thatAfterASayingVerbAndATimeOpensAComplementToo() {
    assertThat(kindOf("Peru said on Monday that it sent ships.", "sent"))
        .isEqualTo(ClauseKind.COMPLEMENT);
    assertThat(kindOf("Peru said in a statement that it sent ships.", "sent"))
        .isEqualTo(ClauseKind.COMPLEMENT);
    assertThat(kindOf("Chile sent ships on Monday, a move that could anger Peru.", "could"))
        .isEqualTo(ClauseKind.RELATIVE);
  }

  @Test
  void thatAfterTheOneToldOpensAComplement() {
    assertThat(kindOf("Peru told the newspaper that it sent ships.", "sent"))
        .isEqualTo(ClauseKind.COMPLEMENT);
    assertThat(kindOf("Peru assured its allies that it sent ships.", "sent"))
        .isEqualTo(ClauseKind.COMPLEMENT);
    // Too far from the verb, or past a comma: a relative clause still.
    assertThat(kindOf("Peru told the old fishermen of the port town that it sent ships.", "sent"))
        .isEqualTo(ClauseKind.RELATIVE);
    assertThat(kindOf("Peru told us, the ships that it sent sank.", "sent"))
        .isEqualTo(ClauseKind.RELATIVE);
  }

  @Test
  void commaAfterAnOpeningConditionReturnsToTheMainClause() {
    String sentence = "If Peru sends ships, Chile would protest.";
    assertThat(kindOf(sentence, "sends")).isEqualTo(ClauseKind.CONDITION);
    assertThat(kindOf(sentence, "protest")).isEqualTo(ClauseKind.MAIN);
  }

  @Test
  void ifTrueIsNotACondition() {
    assertThat(kindOf("If true, Chile sent ships.", "sent")).isEqualTo(ClauseKind.MAIN);
    assertThat(kindOf("If true, Chile sent ships.", "If")).isEqualTo(ClauseKind.MAIN);
  }

  @Test
  void invertedShouldOpensACondition() {
    assertThat(kindOf("Should talks fail, Chile would protest.", "fail"))
        .isEqualTo(ClauseKind.CONDITION);
    assertThat(kindOf("Should talks fail, Chile would protest.", "protest"))
        .isEqualTo(ClauseKind.MAIN);
  }

  @Test
  void closingAttributionIsAFrame() {
    assertThat(kindOf("Chile sent ships, the navy said.", "navy")).isEqualTo(ClauseKind.FRAME);
    assertThat(kindOf("Chile, the navy said on Monday, sent ships to Peru.", "navy"))
        .isEqualTo(ClauseKind.MAIN);
  }

  @Test
  void semicolonAndCommaAndStartCoordinateClauses() {
    assertThat(kindOf("Chile sent ships; Peru may protest.", "may"))
        .isEqualTo(ClauseKind.COORDINATE);
    assertThat(kindOf("Chile sent ships, and Peru may protest.", "may"))
        .isEqualTo(ClauseKind.COORDINATE);
  }

  @Test
  void plainCommaKeepsTheClause() {
    assertThat(kindOf("Peru, however, may protest.", "may")).isEqualTo(ClauseKind.MAIN);
  }

  @Test
  void adverbialClauseEndsAtTheComma() {
    String sentence = "While Peru may protest, Chile sent ships.";
    assertThat(kindOf(sentence, "may")).isEqualTo(ClauseKind.ADVERBIAL);
    assertThat(kindOf(sentence, "sent")).isEqualTo(ClauseKind.MAIN);
  }

  @Test
  void thousandsSeparatorIsNotAComma() {
    String sentence = "While Peru sent 1,500 troops there, Chile protested.";
    assertThat(kindOf(sentence, "troops")).isEqualTo(ClauseKind.ADVERBIAL);
    assertThat(kindOf(sentence, "protested")).isEqualTo(ClauseKind.MAIN);
  }
}
