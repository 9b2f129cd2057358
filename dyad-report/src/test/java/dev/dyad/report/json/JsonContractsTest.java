package dev.dyad.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.coding.modality.Modality;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonContractsTest {
  @Test
  void writesOneCompactLineWithNullsKept() {
    assertThat(
            Json.write(
                MentionJson.of(
                    new ClaimMention(
                        "d1",
                        "https://x.test/a",
                        "f1",
                        "Seoul said so.",
                        2,
                        Modality.REPORTED,
                        Optional.empty(),
                        "e1",
                        Optional.of(LocalDate.of(2026, 3, 14)),
                        Optional.empty(),
                        false))))
        .isEqualTo(
            "{\"doc_id\":\"d1\",\"doc_uri\":\"https://x.test/a\",\"family_id\":\"f1\",\"published\":\"2026-03-14\","
                + "\"sentence_index\":2,\"sentence\":\"Seoul said so.\",\"modality\":\"reported\",\"modality_cue\":null,"
                + "\"event_id\":\"e1\"}");
  }

  @Test
  void writesAnAssessmentMentionWithTheSameLeadingFields() {
    assertThat(
            Json.write(
                MentionJson.of(
                    new AssessmentMention(
                        "d1",
                        "u",
                        "f1",
                        Optional.empty(),
                        0,
                        "It could escalate.",
                        "escalation",
                        Assessment.Direction.RAISES,
                        List.of("PRK"),
                        "could",
                        "escalate"))))
        .isEqualTo(
            "{\"doc_id\":\"d1\",\"doc_uri\":\"u\",\"family_id\":\"f1\",\"published\":null,\"sentence_index\":0,"
                + "\"sentence\":\"It could escalate.\",\"cue\":\"could\",\"trigger\":\"escalate\"}");
  }

  /** Widened to a double, 0.1f would be written 0.10000000149011612. */
  @Test
  void writesTheSearchScoreAsTheFloatTheIndexGave() {
    assertThat(Json.write(SearchJson.hit("d1", "u", 3, "Text.", 0.1f, List.of())))
        .isEqualTo(
            "{\"doc_id\":\"d1\",\"doc_uri\":\"u\",\"sentence_index\":3,\"sentence\":\"Text.\",\"score\":0.1,\"events\":[]}");
  }

  @Test
  void readsBackTheStoreColumnsItWrites() {
    assertThat(Json.stringList(Json.write(List.of("PRK", "RUS")))).containsExactly("PRK", "RUS");
    assertThat(Json.intMap("{\"asserted\":2}")).containsEntry("asserted", 2);
  }
}
