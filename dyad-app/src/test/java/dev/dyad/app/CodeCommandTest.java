package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.report.export.EventTsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> MODALITIES =
      Set.of("asserted", "reported", "alleged", "planned", "speculative", "conditional", "negated");

  @TempDir Path dir;

  @Test
  void writesOneEventPerLineWithTheContractFields() throws IOException {
    Files.writeString(
        dir.resolve("report.jsonl"),
        "{\"url\":\"https://example.org/r1\",\"title\":\"Shells\",\"published\":\"2026-03-14\","
            + "\"text\":\"North Korea shipped artillery shells to Russia in March, officials in Seoul said."
            + " Analysts said the trade could lead to an arms race.\"}\n");

    Cli cli = Cli.run("code", dir.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    List<JsonNode> events = lines(cli.out());
    assertThat(events).isNotEmpty();
    JsonNode e = events.get(0);
    assertThat(e.fieldNames())
        .toIterable()
        .contains(
            "event_id",
            "doc_id",
            "doc_uri",
            "published",
            "sentence_index",
            "sentence",
            "span",
            "source",
            "target",
            "event_type",
            "mode",
            "cameo",
            "quad_class",
            "intensity",
            "modality",
            "modality_cue",
            "date",
            "date_basis",
            "historical",
            "pattern",
            "confidence");
    assertThat(e.get("source").get("code").asText()).startsWith("PRK");
    assertThat(e.get("target").get("code").asText()).startsWith("RUS");
    assertThat(e.get("event_type").asText()).isEqualTo("AID");
    assertThat(e.get("modality").asText()).isEqualTo("reported");
    assertThat(e.get("doc_uri").asText()).isEqualTo("https://example.org/r1");
    assertThat(e.get("published").asText()).isEqualTo("2026-03-14");
    int start = e.get("span").get(0).asInt();
    int end = e.get("span").get(1).asInt();
    assertThat(e.get("sentence").asText().substring(start, end)).contains("shipped");
    for (JsonNode event : events) {
      assertThat(MODALITIES).contains(event.get("modality").asText());
      assertThat(event.get("pattern").asText()).isNotBlank();
    }
    assertThat(cli.err()).contains("events: " + events.size());
  }

  @Test
  void writesTsvWithAHeader() throws IOException {
    Files.writeString(
        dir.resolve("a.txt"),
        "Japan froze the assets of two North Korean trading firms on Monday.\n");

    Cli cli = Cli.run("code", "--format", "tsv", dir.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    String[] rows = cli.out().split("\n");
    assertThat(rows[0]).startsWith("event_id\tdoc_id\tdoc_uri");
    for (String row : rows) {
      assertThat(row.split("\t", -1)).hasSize(EventTsv.COLUMNS.size());
    }
  }

  @Test
  void refusesAnUnreadableActorDictionary() {
    Cli cli = Cli.run("code", "--actors", dir.resolve("missing.txt").toString(), dir.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("missing.txt");
  }

  @Test
  void codesAnActorOnlyAUserDictionaryKnows() throws IOException {
    Files.writeString(dir.resolve("actors.txt"), "ZZA | country | Zandoria | Zandorian\n");
    Files.writeString(dir.resolve("news.txt"), "Zandoria condemned Russia on Monday.\n");

    Cli without = Cli.run("code", dir.resolve("news.txt").toString());
    Cli with =
        Cli.run(
            "code",
            "--actors",
            dir.resolve("actors.txt").toString(),
            dir.resolve("news.txt").toString());

    assertThat(without.out()).doesNotContain("ZZA");
    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(lines(with.out()))
        .anySatisfy(
            e -> {
              assertThat(e.get("source").get("code").asText()).isEqualTo("ZZA");
              assertThat(e.get("event_type").asText()).isEqualTo("ACCUSE");
            });
  }

  private static List<JsonNode> lines(String out) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        try {
          nodes.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new AssertionError("not JSON: " + line, e);
        }
      }
    }
    return nodes;
  }
}
