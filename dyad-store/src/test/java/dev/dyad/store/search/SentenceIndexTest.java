package dev.dyad.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Writes, visibility, persistence and threads, on small hand-made documents. */
class SentenceIndexTest {
  @TempDir Path dir;

  @Test
  void theIndexFolderSitsBesideTheDatabase() {
    assertThat(SentenceIndex.besideDatabase(Path.of("data", "dyad.db")))
        .isEqualTo(Path.of("data", "dyad.db.lucene"));
    assertThat(SentenceIndex.besideDatabase(Path.of("dyad.db")))
        .isEqualTo(Path.of("dyad.db.lucene"));
  }

  @Test
  void openCreatesTheFolderAndAnEmptyIndexAnswersNothing() throws IOException {
    Path folder = dir.resolve("a").resolve("dyad.db.lucene");
    try (SentenceIndex index = SentenceIndex.open(folder)) {
      assertThat(folder).isDirectory();
      assertThat(index.search("anything", 10)).isEmpty();
    }
  }

  @Test
  void hitsCarryTheirDocumentAndPosition() throws IOException {
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      index.add(Docs.of("d1", "Troops crossed the river.", "Officials denied the report."));
      index.commit();

      assertThat(index.search("denied", 10))
          .singleElement()
          .satisfies(
              h -> {
                assertThat(h.docId()).isEqualTo("d1");
                assertThat(h.sentenceIndex()).isEqualTo(1);
                assertThat(h.uri()).isEqualTo("https://example.org/d1");
                assertThat(h.text()).isEqualTo("Officials denied the report.");
                assertThat(h.score()).isPositive();
              });
    }
  }

  @Test
  void writesAreSeenAfterCommit() throws IOException {
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      index.add(Docs.of("d1", "Troops crossed the river."));
      assertThat(index.search("troops", 10)).isEmpty();
      index.commit();
      assertThat(index.search("troops", 10)).hasSize(1);
    }
  }

  @Test
  void reAddingReplacesTheOldSentences() throws IOException {
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      index.add(Docs.of("d1", "Troops crossed the river.", "Tanks followed the troops."));
      index.commit();
      index.add(Docs.of("d1", "Troops withdrew."));
      index.commit();

      assertThat(index.search("troops", 10))
          .extracting(SentenceHit::text)
          .containsExactly("Troops withdrew.");
      assertThat(index.search("tanks", 10)).isEmpty();
    }
  }

  @Test
  void aDocumentWithoutSentencesOrDeletedLeavesNoSentences() throws IOException {
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      index.add(Docs.of("d1", "Troops crossed the river."));
      index.add(Docs.of("d2", "Troops withdrew."));
      index.commit();
      index.add(Docs.of("d1"));
      index.delete("d2");
      index.commit();

      assertThat(index.search("troops", 10)).isEmpty();
    }
  }

  @Test
  void theIndexSurvivesReopening() throws IOException {
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      index.add(Docs.of("d1", "Troops crossed the river."));
      index.add(Docs.of("d2", "Ships left port.")); // not committed: close commits it
    }
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      assertThat(index.search("troops OR ships", 10))
          .extracting(SentenceHit::docId)
          .containsExactlyInAnyOrder("d1", "d2");
    }
  }

  @Test
  void aSecondOpenOnTheSameFolderFails() throws IOException {
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      assertThatThrownBy(() -> SentenceIndex.open(dir)).isInstanceOf(IOException.class);
      assertThat(Files.list(dir)).isNotEmpty();
    }
  }

  @Test
  void limitIsHonouredAndMustBePositive() throws IOException {
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      index.add(Docs.of("d1", "Troops one.", "Troops two.", "Troops three."));
      index.commit();

      assertThat(index.search("troops", 2)).hasSize(2);
      assertThat(index.search("troops", Integer.MAX_VALUE)).hasSize(3);
      assertThatThrownBy(() -> index.search("troops", 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void searchesRunWhileAnotherThreadWrites() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      index.add(Docs.of("seed", "Troops crossed the river."));
      index.commit();
      List<Future<?>> work = new ArrayList<>();
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 200; i++) {
                  index.add(Docs.of("d" + (i % 20), "Troops moved " + i + " times."));
                  if (i % 10 == 0) {
                    index.commit();
                  }
                }
                return null;
              }));
      for (int t = 0; t < 3; t++) {
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    // Never more than one sentence per id: replacements are atomic to readers.
                    assertThat(index.search("troops", 100).size()).isBetween(1, 21);
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      index.commit();
      assertThat(index.search("troops", 100)).hasSize(21);
    } finally {
      pool.shutdownNow();
    }
  }
}
