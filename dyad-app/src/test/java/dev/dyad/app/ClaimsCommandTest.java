package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code dyad claims} and {@code dyad assessments} on the sample corpus, as the contracts say. */
class ClaimsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Corpora.examples();

  @Test
  void mergesTheSyndicatedWireReportIntoOneConfirmedClaimWithItsSources() throws IOException {
    Cli cli = Cli.run("claims", "--format", "jsonl", CORPUS.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    List<JsonNode> claims = lines(cli.out());
    for (JsonNode c : claims) {
      assertThat(c.fieldNames())
          .toIterable()
          .contains(
              "claim_id",
              "statement",
              "source",
              "target",
              "event_type",
              "mode",
              "status",
              "documents",
              "independent_sources",
              "modality_profile",
              "first_reported",
              "last_reported",
              "mentions");
      assertThat(c.get("independent_sources").asInt())
          .isLessThanOrEqualTo(c.get("documents").asInt());
      assertThat(c.get("mentions").get(0).fieldNames())
          .toIterable()
          .contains("doc_id", "doc_uri", "sentence", "modality");
    }
    JsonNode munitions =
        claims.stream()
            .filter(
                c ->
                    c.get("source").get("code").asText().startsWith("PRK")
                        && c.get("target").get("code").asText().startsWith("RUS")
                        && c.get("event_type").asText().equals("AID")
                        && "munitions".equals(c.get("object").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(munitions.get("status").asText()).isEqualTo("confirmed");
    // The wire report and its syndicated copy are two documents but one source.
    assertThat(munitions.get("documents").asInt())
        .isGreaterThan(munitions.get("independent_sources").asInt());
    assertThat(munitions.get("source").get("name").asText()).isEqualTo("North Korea");
  }

  @Test
  void keepsTheArmsRaceForecastAsAnAssessment() throws IOException {
    Cli cli = Cli.run("assessments", "--format", "jsonl", CORPUS.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    List<JsonNode> assessments = lines(cli.out());
    assertThat(assessments).isNotEmpty();
    for (JsonNode a : assessments) {
      assertThat(a.fieldNames())
          .toIterable()
          .contains(
              "assessment_id",
              "topic",
              "direction",
              "actors",
              "statement",
              "documents",
              "independent_sources",
              "mentions");
    }
    assertThat(assessments).anyMatch(a -> a.get("topic").asText().equals("arms-race"));
    Cli claims = Cli.run("claims", "--format", "jsonl", CORPUS.toString());
    assertThat(claims.out()).doesNotContain("arms race");
  }

  @Test
  void printsATableForAPerson() {
    Cli cli = Cli.run("claims", CORPUS.toString());
    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .contains("claims from 17 documents in 16 source families")
        .contains("confirmed");
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
