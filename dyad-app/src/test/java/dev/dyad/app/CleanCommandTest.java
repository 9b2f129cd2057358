package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void printsOneJsonLinePerDocumentWithTheContractFields() throws IOException {
    Path txt =
        write(
            "report.txt",
            "Seoul Reports Shell Shipments\n\n"
                + "date 2026-03-14 North Korea shipped artillery shells to Russia, officials in Seoul said."
                + " The shipments left from a port near Rason.\n");
    Path html =
        write(
            "page.html",
            "<html><head><title>Summit in Vladivostok | Example News</title>"
                + "<meta property=\"article:published_time\" content=\"2026-04-02T08:00:00Z\"></head>"
                + "<body><nav><a href=/>Home</a></nav><article><h1>Summit in Vladivostok</h1>"
                + "<p>Kim Jong Un met Vladimir Putin in Vladivostok on Tuesday.</p>"
                + "<p>The two leaders signed an agreement on mutual assistance.</p></article>"
                + "<footer>Copyright Example News</footer></body></html>");

    Cli cli = Cli.run("clean", "--json", dir.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    List<JsonNode> docs = lines(cli.out());
    assertThat(docs).hasSize(2);
    for (JsonNode d : docs) {
      assertThat(d.fieldNames())
          .toIterable()
          .contains(
              "doc_id",
              "uri",
              "title",
              "published",
              "published_alternatives",
              "published_source",
              "sentences",
              "warnings");
      assertThat(d.get("doc_id").asText()).matches("[0-9a-f]{16}");
    }
    JsonNode page = docs.get(0);
    assertThat(page.get("uri").asText()).isEqualTo(html.toString());
    assertThat(page.get("published").asText()).isEqualTo("2026-04-02");
    assertThat(page.get("published_source").asText()).isEqualTo("metadata");
    assertThat(page.get("sentences").toString()).doesNotContain("Home").doesNotContain("Copyright");
    JsonNode report = docs.get(1);
    assertThat(report.get("uri").asText()).isEqualTo(txt.toString());
    assertThat(report.get("published").asText()).isEqualTo("2026-03-14");
    assertThat(report.get("published_source").asText()).isEqualTo("text");
    assertThat(report.get("sentences").get(0).asText()).doesNotStartWith("date");
    assertThat(cli.err()).contains("documents: 2 read, 0 skipped, 0 failed");
  }

  @Test
  void explainsThePipelineStepByStepWithoutReadingInput() {
    Cli cli = Cli.run("clean", "--explain");

    assertThat(cli.exit()).as(cli.err()).isZero();
    List<String> lines = cli.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ingest  dev.dyad.core.ingest.Ingest");
    assertThat(lines.subList(1, 10))
        .containsExactly(
            "clean   ExtractContent",
            "clean   NormalizeText",
            "clean   StripTagFragments",
            "clean   FindPublicationDate",
            "clean   DropChrome",
            "clean   FindTitle",
            "clean   RepairRunTogetherWords",
            "clean   SplitSentences",
            "clean   AssignId");
    assertThat(lines.get(10)).startsWith("actors  ActorMatcher");
    assertThat(lines.get(11)).startsWith("code    EventCoder");
  }

  @Test
  void reportsABadFileByNameAndGoesOnWithTheRest() throws IOException {
    write("a-empty.txt", "");
    write("b-good.txt", "Japan froze the assets of two trading firms on Monday.\n");
    write("c-broken.jsonl", "{\"url\": \"https://example.org/x\", \"text\": \"unterminated\n");

    Cli cli = Cli.run("clean", "--json", dir.toString());

    assertThat(cli.exit()).isEqualTo(1);
    assertThat(lines(cli.out())).hasSize(1);
    assertThat(cli.err())
        .contains("a-empty.txt")
        .contains("[EMPTY]")
        .contains("c-broken.jsonl line 1")
        .contains("[MALFORMED_JSON]")
        .contains("documents: 1 read, 0 skipped, 2 failed")
        .doesNotContain("Exception");
  }

  @Test
  void printsNumberedSentencesForAPerson() throws IOException {
    write("note.txt", "Troops Arrive\n\nThe first units arrived on Monday. More are expected.\n");

    Cli cli = Cli.run("clean", dir.toString());

    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .contains("== Troops Arrive")
        .contains("1  The first units arrived on Monday.")
        .contains("2  More are expected.");
  }

  @Test
  void namesAMissingPathAsUnreadable() {
    Cli cli = Cli.run("clean", dir.resolve("nope.txt").toString());
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err()).contains("nope.txt").contains("[UNREADABLE]");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
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
