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
 * {@code dyad code} on the sample corpus against a golden file reviewed by hand (the review, with
 * the lines known to be wrong, is golden/REVIEW.md). The file keeps the columns an analyst checks,
 * so a fix or a regression shows as a one-line diff. Regenerate after a deliberate change by
 * rerunning with {@code -Ddyad.golden.update=true} (a failure prints the command), read the diff
 * and update the review.
 */
class GoldenCodeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void codesTheSampleCorpusAsReviewed() throws IOException {
    Cli cli = Cli.run("code", Corpora.examples().toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    List<String> actual = new ArrayList<>();
    actual.add(
        "doc\tsentence\tsource\ttarget\tevent_type\tmode\tmodality\tdate\thistorical\tpattern");
    for (String line : cli.out().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode e = JSON.readTree(line);
      String uri = e.get("doc_uri").asText().replace(Corpora.root() + "/", "");
      actual.add(
          String.join(
              "\t",
              uri.substring(uri.lastIndexOf('/') + 1),
              e.get("sentence_index").asText(),
              e.get("source").get("code").asText(),
              // "-": an event with no target (target is null).
              e.get("target").isNull() ? "-" : e.get("target").get("code").asText(),
              e.get("event_type").asText(),
              e.get("mode").asText(),
              e.get("modality").asText(),
              e.get("date").asText(),
              e.get("historical").asText(),
              e.get("pattern").asText()));
    }
    Golden.assertMatches(actual, "golden/code-examples.tsv");
  }
}
