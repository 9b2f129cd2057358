package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.dictionaries.DictionarySpec;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stored event records the dictionary set that coded it: its spec and content hash. */
class EventDictionariesTest {
  @TempDir Path dir;

  @Test
  void recordsTheSetThatCodedEachEventThroughIngestAndRecode() throws IOException, SQLException {
    Files.writeString(
        dir.resolve("news.txt"),
        "Ruritania bestowed a subsidy on Graustark on Monday.\n\n"
            + "Russia condemned Ukraine on Monday.\n");
    Files.writeString(
        dir.resolve("verbs.txt"), "--- BESTOW  [070] ---\nBESTOW\n- * SUBSIDY [071]\n");
    Files.writeString(dir.resolve("states.txt"), "RURITANIA [RUR]\n\nGRAUSTARK [GRK]\n");
    Path ini =
        Files.writeString(
            dir.resolve("set.ini"),
            "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = states.txt\n");
    DictionarySpec merged = DictionarySpec.parse("builtin+petrarch:" + ini);
    Pipeline pipeline =
        Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS, Optional.empty(), merged));
    List<String> inputs = List.of(dir.resolve("news.txt").toString());
    try (Store store = Store.open(dir.resolve("d.db"));
        Stream<RawDocument> raws =
            Ingest.read(inputs, IngestOptions.DEFAULTS, Problems.counting())) {
      store.ingestRaw(
          raws,
          pipeline,
          CoderVersion.of(Optional.empty(), pipeline.dictionaries()),
          Problems.counting(),
          IngestSettings.of(inputs));

      assertThat(
              rows(store, "SELECT source_code || '>' || target_code || ' ' || cameo FROM events"))
          // Both sets code: the PETRARCH-style one Ruritania, the built-in one Russia.
          .contains("RUR>GRK 071")
          .anyMatch(r -> r.startsWith("RUS>UKR"));
      assertThat(
              rows(store, "SELECT DISTINCT dictionaries || ' ' || dictionaries_hash FROM events"))
          .containsExactly(merged.text() + " " + pipeline.dictionaries().hash());

      Pipeline builtIn = Pipeline.standard(PipelineConfig.DEFAULTS);
      store.recode(builtIn, CoderVersion.of(Optional.empty()), Problems.counting());

      assertThat(
              rows(store, "SELECT DISTINCT dictionaries || ' ' || dictionaries_hash FROM events"))
          .containsExactly("builtin " + builtIn.dictionaries().hash());
      assertThat(rows(store, "SELECT source_code FROM events")).doesNotContain("RUR");
    }
  }

  private static List<String> rows(Store store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
