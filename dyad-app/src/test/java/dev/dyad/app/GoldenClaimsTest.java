package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.testkit.Corpora;
import dev.dyad.testkit.Golden;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad claims} and {@code dyad assessments} on the sample corpus against golden files
 * reviewed by hand (golden/REVIEW.md). Regenerate after a deliberate change by rerunning with
 * {@code -Ddyad.golden.update=true} (a failure prints the command), read the diff, update the
 * review.
 */
class GoldenClaimsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void mergesTheSampleCorpusAsReviewed() throws IOException {
    List<String> actual = new ArrayList<>();
    actual.add(
        "status\tindependent_sources\tdocuments\tsource\ttarget\tevent_type\tobject\tmodality_profile\tstatement");
    for (JsonNode c : run("claims")) {
      StringBuilder profile = new StringBuilder();
      c.get("modality_profile")
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().asInt() > 0) {
                  profile
                      .append(profile.length() == 0 ? "" : ",")
                      .append(e.getKey())
                      .append('=')
                      .append(e.getValue().asInt());
                }
              });
      actual.add(
          String.join(
              "\t",
              c.get("status").asText(),
              c.get("independent_sources").asText(),
              c.get("documents").asText(),
              c.get("source").get("code").asText(),
              c.get("target").isNull() ? "-" : c.get("target").get("code").asText(),
              c.get("event_type").asText(),
              c.get("object").asText(),
              profile,
              c.get("statement").asText()));
    }
    Golden.assertMatches(actual, "golden/claims-examples.tsv");
  }

  @Test
  void keepsTheSampleCorpusSpeculationAsReviewed() throws IOException {
    List<String> actual = new ArrayList<>();
    actual.add("topic\tdirection\tindependent_sources\tdocuments\tactors\tstatement");
    for (JsonNode a : run("assessments")) {
      actual.add(
          String.join(
              "\t",
              a.get("topic").asText(),
              a.get("direction").asText(),
              a.get("independent_sources").asText(),
              a.get("documents").asText(),
              a.get("actors").toString(),
              a.get("statement").asText()));
    }
    Golden.assertMatches(actual, "golden/assessments-examples.tsv");
  }

  private static List<JsonNode> run(String command) throws IOException {
    Cli cli = Cli.run(command, "--format", "jsonl", Corpora.examples().toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : cli.out().split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
