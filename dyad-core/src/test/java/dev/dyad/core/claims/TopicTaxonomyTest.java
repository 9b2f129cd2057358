package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaxonomyTest {
  @Test
  void loadsTheBuiltInTopics() {
    assertThat(TopicTaxonomy.builtIn().topics())
        .extracting(Topic::id)
        .contains(
            "arms-race",
            "nuclear-proliferation",
            "sanctions-evasion",
            "escalation",
            "balance-of-power",
            "diplomatic-realignment",
            "humanitarian-impact",
            "propaganda",
            "peace-negotiations",
            "technology-transfer",
            "regional-security",
            "economic-impact",
            "military-capability");
  }

  @Test
  void matchesWildcardsGapsAndKeepsTheLongerTriggerOfATopic() {
    TopicTaxonomy t =
        TopicTaxonomy.parse(
            List.of(
                "esc | escalation | escalat*; +de-escalation | could escalate | could calm",
                "sanc | sanctions | defy* … sanctions | could evade | could enforce"));
    assertThat(t.find("talks on de-escalation"))
        .singleElement()
        .satisfies(m -> assertThat(m.trigger().good()).isTrue());
    assertThat(t.find("it keeps defying international norms and sanctions")).hasSize(1);
    assertThat(t.find("escalator")).hasSize(1);
    assertThat(t.find("deescalation")).isEmpty();
  }

  @Test
  void skipsTriggersByALiteralEveryMatchContains() {
    assertThat(TopicTaxonomy.longestLiteral("internationali*ation of the conflict"))
        .isEqualTo("internationali");
    assertThat(TopicTaxonomy.longestLiteral("defy* … sanctions")).isEqualTo("sanctions");
    assertThat(TopicTaxonomy.longestLiteral("shift* in * alliances")).isEqualTo("alliances");
    // Upper case in the text still matches the lower-case literal.
    assertThat(TopicTaxonomy.builtIn().find("It Could Fuel An ARMS RACE.")).hasSize(1);
  }

  @Test
  void namesTheLineOfABadEntry() {
    assertThatThrownBy(() -> TopicTaxonomy.parse(List.of("# c", "Bad Id | x | y | a | b")))
        .hasMessageContaining("topics.txt:2");
    assertThatThrownBy(() -> TopicTaxonomy.parse(List.of("a | x | y | z")))
        .hasMessageContaining("expected");
  }
}
