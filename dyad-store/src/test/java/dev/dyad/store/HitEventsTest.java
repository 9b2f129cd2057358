package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Problems;
import dev.dyad.core.query.EventQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HitEventsTest {
  @TempDir Path dir;

  @Test
  void everyHitCarriesTheEventsOfItsSentenceInTheCodersOrder() {
    try (Store store = Store.open(dir.resolve("h.db"))) {
      store.ingest(
          ExampleCorpus.DOCUMENTS.stream(),
          ExampleCorpus.PIPELINE,
          StoreTest.CODER,
          Problems.counting(),
          IngestSettings.of(List.of("corpus")));
      List<Event> all = store.events(EventQuery.ALL);
      List<SearchHit> hits = store.search("Russia OR Pyongyang OR shells", 200);
      assertThat(hits).hasSizeGreaterThan(20);
      assertThat(hits).anyMatch(h -> !h.events().isEmpty());
      for (SearchHit h : hits) {
        assertThat(h.events())
            .containsExactlyElementsOf(
                all.stream()
                    .filter(
                        e ->
                            e.docId().equals(h.sentence().docId())
                                && e.sentenceIndex() == h.sentence().sentenceIndex())
                    .toList());
      }
    }
  }
}
