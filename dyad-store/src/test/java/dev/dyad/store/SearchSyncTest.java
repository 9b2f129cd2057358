package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.store.search.SentenceIndex;
import java.nio.file.Path;
import java.util.HashSet;
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
      ingest(store, docs.subList(0, 9));
      ingest(store, docs.subList(9, docs.size()));
      try (SentenceIndex index = SentenceIndex.open(store.searchIndexPath())) {
        assertThat(index.docIds()).isEqualTo(ids);
        // Documents in the middle and at the end of the ingest order go missing; ids the store
        // never had appear before, among and after its ids (the sync walks both in id order).
        index.delete(docs.get(4).id());
        index.delete(docs.get(docs.size() - 1).id());
        Document d = docs.get(0);
        for (String foreign : List.of("0000000000000000", "8badf00d8badf00d", "feedfacecafebeef")) {
          index.add(
              new Document(
                  foreign,
                  d.uri(),
                  d.origin(),
                  d.title(),
                  d.published(),
                  d.text(),
                  d.sentences(),
                  d.warnings(),
                  d.metadata()));
        }
        index.commit();
        assertThat(SearchSync.sync(store.connection(), index)).isEqualTo(2);
        assertThat(index.docIds()).isEqualTo(ids);
      }
      // The index's watermark is the store's last document: nothing is behind.
      assertThat(SentenceIndex.watermark(store.searchIndexPath())).hasValue(docs.size());
      assertThat(store.derivedData().searchBehind()).isFalse();
      assertThat(store.derivedData().claimsBehind()).isFalse();
    }
  }

  @Test
  void readsOnlyTheDocumentsAfterTheLastSyncWhenTheStoreStillHoldsTheOnesBefore() throws Exception {
    List<Document> docs = ExampleCorpus.DOCUMENTS;
    try (Store store = Store.open(dir.resolve("s.db"))) {
      ingest(store, docs.subList(0, 9));
      try (SentenceIndex index = SentenceIndex.open(store.searchIndexPath())) {
        assertThat(index.syncState()).hasValue(new SentenceIndex.SyncState(9, 9, docs.get(8).id()));
        // An index that lost a document but kept its sync state: a sync that trusts the state
        // does not look before it, which is what makes it cheap on a large store.
        SentenceIndex.SyncState state = index.syncState().orElseThrow();
        index.delete(docs.get(4).id());
        index.commit(state);
      }
      ingest(store, docs.subList(9, docs.size()));
      try (SentenceIndex index = SentenceIndex.open(store.searchIndexPath())) {
        Set<String> expected =
            docs.stream().map(Document::id).collect(Collectors.toCollection(HashSet::new));
        expected.remove(docs.get(4).id());
        assertThat(index.docIds()).isEqualTo(expected);
        assertThat(index.syncState())
            .hasValue(
                new SentenceIndex.SyncState(
                    docs.size(), docs.size(), docs.get(docs.size() - 1).id()));
      }
    }
  }

  @Test
  void comparesEveryIdWhenTheStoreContradictsTheIndexsSyncState() throws Exception {
    List<Document> docs = ExampleCorpus.DOCUMENTS;
    Path other = dir.resolve("other.db");
    try (Store store = Store.open(other)) {
      ingest(store, docs.subList(0, 6));
    }
    try (Store store = Store.open(dir.resolve("s.db"))) {
      ingest(store, docs.subList(6, docs.size()));
      // The other store's index, beside this store: its state names documents this store lacks.
      try (SentenceIndex index = SentenceIndex.open(store.searchIndexPath());
          SentenceIndex foreign = SentenceIndex.open(SentenceIndex.besideDatabase(other))) {
        for (Document d : docs.subList(0, 6)) {
          index.add(d);
        }
        index.commit(foreign.syncState().orElseThrow());
        SearchSync.sync(store.connection(), index);
        assertThat(index.docIds())
            .isEqualTo(
                docs.subList(6, docs.size()).stream()
                    .map(Document::id)
                    .collect(Collectors.toSet()));
      }
    }
  }

  private static void ingest(Store store, List<Document> docs) {
    store.ingest(
        docs.stream(),
        ExampleCorpus.PIPELINE,
        StoreTest.CODER,
        Problems.counting(),
        IngestSettings.of(List.of("corpus")));
  }
}
