package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.store.search.SentenceIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchSyncTest {
  @TempDir Path dir;

  @Test
  void addsTheDocumentsTheIndexLacksWhereverTheyAreAndRemovesTheOnesTheStoreLacks()
      throws Exception {
    List<Document> docs = ExampleCorpus.DOCUMENTS;
    Set<String> ids = docs.stream().map(Document::id).collect(Collectors.toSet());
    try (Store store = Store.open(dir.resolve("s.db"))) {
      store.ingest(
          docs.subList(0, 9).stream(),
          ExampleCorpus.PIPELINE,
          StoreTest.CODER,
          Problems.counting(),
          IngestSettings.of(List.of("corpus")));
      store.ingest(
          docs.subList(9, docs.size()).stream(),
          ExampleCorpus.PIPELINE,
          StoreTest.CODER,
          Problems.counting(),
          IngestSettings.of(List.of("corpus")));
      try (SentenceIndex index = SentenceIndex.open(store.searchIndexPath())) {
        assertThat(index.docIds()).isEqualTo(ids);
        // A document in the middle of the ingest order goes missing; one the store never had
        // appears.
        index.delete(docs.get(4).id());
        Document d = docs.get(0);
        index.add(
            new Document(
                "feedfacecafebeef",
                d.uri(),
                d.origin(),
                d.title(),
                d.published(),
                d.text(),
                d.sentences(),
                d.warnings(),
                d.metadata()));
        index.commit();
        assertThat(SearchSync.sync(store.connection(), index)).isOne();
        assertThat(index.docIds()).isEqualTo(ids);
      }
      // The index's watermark is the store's last document: nothing is behind.
      assertThat(SentenceIndex.watermark(store.searchIndexPath())).hasValue(docs.size());
      assertThat(store.derivedData().searchBehind()).isFalse();
      assertThat(store.derivedData().claimsBehind()).isFalse();
    }
  }
}
