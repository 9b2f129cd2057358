package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store keeps each source as read beside its cleaned text, and the actors its sentences name.
 */
class RawTextAndActorsTest {
  private static final Path CORPUS = Corpora.examples();

  @TempDir Path dir;

  @Test
  void keepsTheSourceAsReadAndEveryActorMentionThroughARecode() throws SQLException {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    List<String> inputs = List.of(CORPUS.toString());
    long expectedMentions;
    try (Stream<Document> docs = pipeline.documents(inputs, Problems.counting())) {
      expectedMentions = docs.mapToLong(d -> pipeline.actors(d).size()).sum();
    }
    try (Store store = Store.open(dir.resolve("raw.db"));
        Stream<RawDocument> raws =
            Ingest.read(inputs, IngestOptions.DEFAULTS, Problems.counting())) {
      store.ingestRaw(
          raws,
          pipeline,
          CoderVersion.of(Optional.empty()),
          Problems.counting(),
          IngestSettings.of(inputs));

      assertThat(StoreTest.long1(store, "SELECT count(*) FROM documents WHERE raw_text IS NULL"))
          .isZero();
      // An HTML source keeps its markup; the cleaned text does not.
      assertThat(
              StoreTest.long1(
                  store,
                  "SELECT count(*) FROM documents WHERE uri LIKE '%.html' AND raw_text LIKE '%<p%' AND clean_text NOT LIKE '%<p%'"))
          .isPositive();
      assertThat(StoreTest.long1(store, "SELECT count(*) FROM actor_mentions"))
          .isEqualTo(expectedMentions)
          .isPositive();
      assertThat(
              StoreTest.long1(
                  store,
                  "SELECT count(*) FROM actor_mentions m JOIN sentences s USING (doc_id, sentence_index)"
                      + " WHERE substr(s.text, m.start_offset + 1, m.end_offset - m.start_offset) = m.text"))
          .isEqualTo(expectedMentions);
      assertThat(
              StoreTest.long1(
                  store, "SELECT count(*) FROM actor_mentions WHERE country_code = 'PRK'"))
          .isPositive();

      store.recode(pipeline, CoderVersion.of(Optional.empty()), Problems.counting());

      assertThat(StoreTest.long1(store, "SELECT count(*) FROM actor_mentions"))
          .isEqualTo(expectedMentions);
    }
  }
}
