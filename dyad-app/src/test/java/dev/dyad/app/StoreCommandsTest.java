package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.store.Store;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
  static final String CORPUS = Corpora.examples().toString();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void ingestThenQueryThenRecode() throws Exception {
    String db = dir.resolve("s.db").toString();
    Cli first = Cli.run("ingest", "--db", db, "--batch", "4", CORPUS);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("17 read, 17 new, 0 already stored");

    Cli again = Cli.run("ingest", "--db", db, CORPUS);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("17 read, 0 new, 17 already stored");

    // The store answers with the very lines dyad code writes for that dyad.
    List<String> expected =
        lines(Cli.run("code", CORPUS).out()).stream().filter(l -> isDyad(l, "PRK", "RUS")).toList();
    assertThat(expected).isNotEmpty();
    Cli events = Cli.run("events", "--db", db, "--dyad", "PRK,RUS", "--format", "jsonl");
    assertThat(events.exit()).as(events.err()).isZero();
    assertThat(lines(events.out())).containsExactlyElementsOf(expected);

    Cli all = Cli.run("events", "--db", db, "--format", "csv");
    assertThat(lines(all.out()).get(0)).startsWith("event_id,doc_id,doc_uri");
    int before = lines(all.out()).size();

    Cli recode = Cli.run("recode", "--db", db);
    assertThat(recode.exit()).as(recode.err()).isZero();
    assertThat(recode.err()).contains("recoded: 17 documents");
    assertThat(lines(Cli.run("events", "--db", db, "--format", "csv").out())).hasSize(before);
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSecondWriterIsToldWhoHoldsTheStore() {
    Path db = dir.resolve("locked.db");
    try (Store holder = Store.open(db, "dyad ingest big-corpus")) {
      Cli blocked = Cli.run("ingest", "--db", db.toString(), CORPUS);
      assertThat(blocked.exit()).isEqualTo(3);
      assertThat(blocked.err())
          .contains("dyad ingest big-corpus")
          .contains("pid " + ProcessHandle.current().pid());
    }
  }

  @Test
  void usageErrors() {
    assertThat(Cli.run("events", "--db", dir.resolve("none.db").toString()).exit()).isEqualTo(3);
    assertThat(Cli.run("events", "--db", dir.resolve("none.db").toString(), "--dyad", "PRK").exit())
        .isEqualTo(2);
    assertThat(
            Cli.run("ingest", "--db", dir.resolve("x.db").toString(), "--batch", "0", CORPUS)
                .exit())
        .isEqualTo(2);
    assertThat(Cli.run("recode", "--db", dir.resolve("none.db").toString()).exit()).isEqualTo(2);
  }

  private static boolean isDyad(String line, String a, String b) {
    try {
      JsonNode n = JSON.readTree(line);
      if (n.get("target").isNull()) {
        return false; // an event with no target is no dyad's
      }
      String s = n.get("source").get("code").asText();
      String t = n.get("target").get("code").asText();
      return (s.startsWith(a) && t.startsWith(b)) || (s.startsWith(b) && t.startsWith(a));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
  }
}
