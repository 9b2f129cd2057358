package dev.dyad.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String cell(List<List<String>> rows, int row, String column) {
    return rows.get(row).get(rows.get(0).indexOf(column));
  }

  @Test
  void eventsRoundTripWithCommasQuotesLineBreaksAndUnicode() throws Exception {
    Event e = Fixtures.awkwardEvent();
    StringWriter out = new StringWriter();

    long rows =
        EventCsv.write(
            out,
            List.of(
                e,
                Fixtures.event("e2", "PRK", "RUS", Modality.ASSERTED, Optional.of("2024-10-01"))));

    assertThat(rows).isEqualTo(2);
    List<List<String>> csv = CsvReader.read(out.toString());
    assertThat(csv).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(EventCsv.HEADER.size()));
    assertThat(csv.get(0)).isEqualTo(EventCsv.HEADER);
    assertThat(cell(csv, 1, "event_id")).isEqualTo("ev,\"1\"");
    assertThat(cell(csv, 1, "doc_id")).isEqualTo("doc\n1");
    assertThat(cell(csv, 1, "sentence")).isEqualTo(Fixtures.AWKWARD);
    assertThat(cell(csv, 1, "source_code")).isEqualTo("PRKMIL");
    assertThat(cell(csv, 1, "source_text")).isEqualTo("North Korean \"troops\"");
    assertThat(cell(csv, 1, "target_text")).isEqualTo("Russia,\r\nthe Kremlin");
    assertThat(cell(csv, 1, "published")).isEmpty();
    assertThat(cell(csv, 1, "mode")).isEmpty();
    assertThat(cell(csv, 1, "span")).isEqualTo("[0,5]");
    assertThat(cell(csv, 1, "intensity")).isEqualTo("-10.0");
    assertThat(cell(csv, 1, "modality")).isEqualTo("reported");
    assertThat(cell(csv, 1, "date_basis")).isEqualTo("text");
    assertThat(cell(csv, 1, "historical")).isEqualTo("true");
    assertThat(cell(csv, 2, "confidence")).isEqualTo("0.812");
    assertThat(cell(csv, 2, "published")).isEqualTo("2024-10-18");
    assertThat(cell(csv, 2, "mode")).isEqualTo("military");
  }

  @Test
  void formulasFromArticlesAreNeutralisedAndNumbersKept() {
    StringWriter out = new StringWriter();
    EventCsv.write(out, List.of(Fixtures.formulaEvent()));

    List<List<String>> csv = CsvReader.read(out.toString());
    assertThat(cell(csv, 1, "doc_uri")).startsWith("'=HYPERLINK(");
    assertThat(cell(csv, 1, "sentence")).startsWith("'+cmd");
    assertThat(cell(csv, 1, "source_text")).isEqualTo("'@SUM(1+1)");
    assertThat(cell(csv, 1, "target_text")).isEqualTo("'\t=1+1");
    assertThat(cell(csv, 1, "modality_cue")).isEqualTo("'-2+3");
    assertThat(cell(csv, 1, "object")).isEqualTo("'\r=2");
    assertThat(cell(csv, 1, "intensity")).isEqualTo("-7.5");
  }

  @Test
  void tsvCellsAreNeutralisedToo() {
    List<String> cells = List.of(EventTsv.line(Fixtures.formulaEvent()).split("\t", -1));

    assertThat(cells).hasSize(EventTsv.COLUMNS.size());
    assertThat(cells.get(EventTsv.COLUMNS.indexOf("doc_uri"))).startsWith("'=HYPERLINK(");
    assertThat(cells.get(EventTsv.COLUMNS.indexOf("sentence"))).startsWith("'+cmd");
    assertThat(cells.get(EventTsv.COLUMNS.indexOf("target_text"))).isEqualTo("' =1+1");
    assertThat(cells.get(EventTsv.COLUMNS.indexOf("intensity"))).isEqualTo("-7.5");
  }

  @Test
  void headersAreTheJsonContractFieldNames() {
    assertThat(EventCsv.HEADER)
        .startsWith("event_id", "doc_id", "doc_uri", "published")
        .contains(
            "source_code",
            "source_text",
            "target_code",
            "target_text",
            "quad_class",
            "modality_cue",
            "date_basis")
        .doesNotHaveDuplicates();
    assertThat(ClaimCsv.HEADER)
        .startsWith("claim_id", "statement", "source_code", "source_name")
        .contains(
            "independent_sources",
            "modality_profile_asserted",
            "modality_profile_negated",
            "first_reported",
            "last_reported",
            "mentions")
        .doesNotHaveDuplicates();
    assertThat(AssessmentCsv.HEADER)
        .containsExactly(
            "assessment_id",
            "topic",
            "direction",
            "actors",
            "statement",
            "documents",
            "independent_sources",
            "mentions");
  }

  @Test
  void claimsFlattenActorsAndProfileAndKeepMentionsAsJson() throws Exception {
    Claim c =
        Fixtures.claim(
            "c,1",
            Fixtures.PRK,
            Fixtures.UN,
            EventType.AID,
            Optional.of("military"),
            ClaimStatus.CONFIRMED,
            2,
            2);
    StringWriter out = new StringWriter();

    assertThat(ClaimCsv.write(out, List.of(c))).isEqualTo(1);

    List<List<String>> csv = CsvReader.read(out.toString());
    assertThat(csv.get(0)).isEqualTo(ClaimCsv.HEADER);
    assertThat(csv.get(1)).hasSize(ClaimCsv.HEADER.size());
    assertThat(cell(csv, 1, "claim_id")).isEqualTo("c,1");
    assertThat(cell(csv, 1, "target_name")).isEqualTo("United Nations & <Co>");
    assertThat(cell(csv, 1, "status")).isEqualTo("confirmed");
    assertThat(cell(csv, 1, "modality_profile_reported")).isEqualTo("2");
    assertThat(cell(csv, 1, "modality_profile_alleged")).isEqualTo("0");
    JsonNode mentions = JSON.readTree(cell(csv, 1, "mentions"));
    assertThat(mentions).hasSize(2);
    assertThat(mentions.get(0).get("sentence").asText()).isEqualTo(Fixtures.AWKWARD);
    assertThat(mentions.get(0).get("family_id").asText()).isEqualTo("f1");
    assertThat(mentions.get(1).get("modality").asText()).isEqualTo("asserted");
  }

  @Test
  void assessmentsKeepActorListsAsJson() throws Exception {
    StringWriter out = new StringWriter();
    AssessmentCsv.write(out, List.of(Fixtures.assessment()));

    List<List<String>> csv = CsvReader.read(out.toString());
    assertThat(cell(csv, 1, "actors")).isEqualTo("[\"PRK\",\"RUS\",\"KOR\"]");
    assertThat(cell(csv, 1, "statement")).isEqualTo("Analysts say, \"it could fuel an arms race\"");
    assertThat(cell(csv, 1, "direction")).isEqualTo("raises");
    assertThat(JSON.readTree(cell(csv, 1, "mentions")).get(0).get("trigger").asText())
        .isEqualTo("arms race");
  }

  @Test
  void utf8BytesAndLfLineEnds() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      EventCsv.write(out, List.of(Fixtures.awkwardEvent()));
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("北朝鮮 é").endsWith("\n");
    // The only CR is the one inside a quoted field; no line ends in CRLF.
    assertThat(text.replace("Russia,\r\nthe", "")).doesNotContain("\r");
  }

  @Test
  void emptyInputWritesTheHeaderOnly() {
    StringWriter out = new StringWriter();
    assertThat(EventCsv.write(out, List.<Event>of())).isZero();
    assertThat(out.toString()).isEqualTo(String.join(",", EventCsv.HEADER) + "\n");
  }
}
