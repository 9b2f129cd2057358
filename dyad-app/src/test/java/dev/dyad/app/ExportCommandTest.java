package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.store.IngestedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dyad export} from a real store holding the sample corpus. */
class ExportCommandTest {
  @TempDir static Path dir;
  private static Path db;

  @BeforeAll
  static void ingest() {
    db = IngestedStore.examples(dir.resolve("dyad.db"));
  }

  private static Path export(String what, String format) {
    Path out = dir.resolve(what + "." + format);
    Cli cli =
        Cli.run(
            "export", what, "--db", db.toString(), "--format", format, "--output", out.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    return out;
  }

  @Test
  void writesEventsAsJsonLinesCsvAndParquetWithTheSameCount() throws Exception {
    long jsonl = Files.readAllLines(export("events", "jsonl")).size();
    List<String> csv = Files.readAllLines(export("events", "csv"));
    Path parquet = export("events", "parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM read_parquet('"
                    + parquet.toString().replace("'", "''")
                    + "')")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(jsonl);
    }
    assertThat(jsonl).isGreaterThan(0);
    assertThat(csv.get(0)).startsWith("event_id,");
  }

  @Test
  void writesGdeltRowsOfSixtyOneColumnsForFactualEventsOnly() throws IOException {
    List<String> rows = Files.readAllLines(export("events", "gdelt"));
    long all = Files.readAllLines(export("events", "jsonl")).size();
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(61));
    assertThat((long) rows.size()).isLessThan(all);
  }

  @Test
  void writesTheNetworkAsGraphMlAndGexfThatParse() throws Exception {
    for (String format : List.of("graphml", "gexf")) {
      org.w3c.dom.Document xml =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(export("network", format).toFile());
      assertThat(xml.getElementsByTagName("edge").getLength()).isGreaterThan(0);
    }
  }

  @Test
  void refusesAFormatTheThingDoesNotHave() {
    Cli cli =
        Cli.run(
            "export",
            "claims",
            "--db",
            db.toString(),
            "--format",
            "parquet",
            "--output",
            dir.resolve("x").toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("claims export as csv, gdelt, jsonl");
  }

  @Test
  void anOutputThatCannotBeWrittenIsAnIoErrorInOneLine() {
    Path output = dir.resolve("no-such-folder").resolve("claims.jsonl");
    Cli cli =
        Cli.run(
            "export",
            "claims",
            "--db",
            db.toString(),
            "--format",
            "jsonl",
            "--output",
            output.toString());
    assertThat(cli.exit()).isEqualTo(74);
    assertThat(cli.err())
        .startsWith("dyad: export failed: java.nio.file.NoSuchFileException: " + output)
        .doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".wal", ".lock", ".lucene", ".lucene/segments_9", ".tmp/spill"})
  void refusesAnOutputThatIsTheStoreOrOneOfItsFiles(String suffix) throws Exception {
    Path output = Path.of(db + suffix);
    byte[] before = Files.readAllBytes(db);

    Cli cli =
        Cli.run(
            "export",
            "events",
            "--db",
            db.toString(),
            "--format",
            "csv",
            "--output",
            output.toString());

    assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
    assertThat(cli.err()).contains("would destroy the store").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    assertThat(Files.readAllLines(export("events", "jsonl"))).isNotEmpty();
  }

  @Test
  void refusesALinkToTheStore() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link-to-store.csv"), db);
    byte[] before = Files.readAllBytes(db);

    Cli cli =
        Cli.run(
            "export",
            "claims",
            "--db",
            db.toString(),
            "--format",
            "csv",
            "--output",
            link.toString());

    assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void replacesAnExistingFileWholeAndLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("events.csv");
    Files.writeString(out, "an older, longer export that must not survive in part\n".repeat(500));

    export("events", "csv");

    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("event_id,");
    assertThat(lines).noneMatch(l -> l.contains("older, longer export"));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void writesClaimsWithTheirContract() throws IOException {
    assertThat(Files.readAllLines(export("claims", "jsonl")))
        .allMatch(l -> l.contains("\"independent_sources\""));
    assertThat(Files.readAllLines(export("assessments", "csv")).get(0))
        .startsWith("assessment_id,");
  }
}
