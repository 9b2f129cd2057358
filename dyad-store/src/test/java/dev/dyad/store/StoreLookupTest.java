package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.query.ClaimQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One claim or document by id, and readers on other threads, over the sample corpus. */
class StoreLookupTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void ingest() {
    db = IngestedStore.examples(dir.resolve("lookup.db"));
  }

  @Test
  void findsEveryStoredClaimByIdWithItsMentions() {
    try (Store s = Store.openReadOnly(db)) {
      List<Claim> all = s.claims(ClaimQuery.ALL);
      assertThat(all).isNotEmpty();
      for (Claim c : all) {
        assertThat(s.claim(c.claimId())).contains(c);
      }
      assertThat(s.claim("no-such-claim")).isEmpty();
    }
  }

  @Test
  void readsADocumentWithItsSentencesAndEvents() {
    try (Store s = Store.openReadOnly(db)) {
      Claim c = s.claims(ClaimQuery.ALL).get(0);
      String docId = c.mentions().get(0).docId();
      StoredText text = s.document(docId).orElseThrow();
      assertThat(text.document().id()).isEqualTo(docId);
      assertThat(text.document().sentences()).isNotEmpty();
      assertThat(text.document().text()).contains(text.document().sentences().get(0).text());
      assertThat(text.events()).isNotEmpty().allMatch(e -> e.docId().equals(docId));
      assertThat(text.events()).anyMatch(e -> e.eventId().equals(c.mentions().get(0).eventId()));
      assertThat(s.document("no-such-document")).isEmpty();
      List<String> ids = c.mentions().stream().map(m -> m.eventId()).toList();
      assertThat(s.eventsById(java.util.Set.copyOf(ids)))
          .extracting(e -> e.eventId())
          .containsExactlyInAnyOrderElementsOf(java.util.Set.copyOf(ids));
      assertThat(s.eventsById(List.of("no-such-event"))).isEmpty();
    }
  }

  @Test
  void readersOnOtherThreadsAnswerAsTheStoreDoes() throws Exception {
    try (Store s = Store.openReadOnly(db)) {
      List<Claim> expected = s.claims(ClaimQuery.ALL);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<Claim>>> answers =
            java.util.stream.IntStream.range(0, 8)
                .mapToObj(
                    i ->
                        pool.submit(
                            () -> {
                              try (Store r = s.reader()) {
                                return r.claims(ClaimQuery.ALL);
                              }
                            }))
                .toList();
        for (Future<List<Claim>> f : answers) {
          assertThat(f.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
      assertThat(s.counts().claims()).isEqualTo(expected.size());
    }
  }

  @Test
  void aReaderNeverWritesAndAWriterCheckpoints() {
    Path copy = IngestedStore.examples(dir.resolve("writer.db"));
    try (Store w = Store.open(copy);
        Store r = w.reader()) {
      assertThatThrownBy(r::checkpoint).isInstanceOf(IllegalStateException.class);
      w.checkpoint();
      assertThat(r.counts().documents()).isEqualTo(w.counts().documents());
    }
  }
}
