package dev.dyad.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Document;
import dev.dyad.core.model.Sentence;
import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole shared Wikinews corpus indexed and searched: the searches must answer, and their
 * latency is printed for the record, never asserted ({@code dyad bench store} measures it). An
 * integration test (Failsafe, in {@code mvn verify}).
 */
class WikinewsLatencyIT {
  private static final int QUERIES = 100;
  private static final int WARM_UP_PASSES = 10;

  @TempDir Path dir;

  @Test
  void indexTimeAndMedianQueryLatency() throws IOException {
    Path wikinews = Corpora.wikinews();
    long t0 = System.nanoTime();
    List<Document> docs;
    try (Stream<Document> read = SampleCorpus.read(wikinews)) {
      docs = read.toList();
    }
    long t1 = System.nanoTime();
    try (SentenceIndex index = SentenceIndex.open(dir.resolve("wikinews.db.lucene"))) {
      for (Document doc : docs) {
        index.add(doc);
      }
      index.commit();
      long t2 = System.nanoTime();

      List<String> queries = queries(docs, new Random(42));
      // Warm-up: early passes measure class loading and the JIT (the first is ten times slower).
      for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
        run(index, queries);
      }
      long[] micros = run(index, queries);
      Arrays.sort(micros);
      long sentences = docs.stream().mapToLong(d -> d.sentences().size()).sum();
      System.out.printf(
          "wikinews: %d documents, %d sentences; pipeline %d ms, index+commit %d ms;"
              + " %d queries: median %d µs, p90 %d µs, max %d µs%n",
          docs.size(),
          sentences,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          micros.length,
          micros[micros.length / 2],
          micros[micros.length * 9 / 10],
          micros[micros.length - 1]);
      assertThat(index.search(queries.get(0), 10)).isNotEmpty();
    }
  }

  private static long[] run(SentenceIndex index, List<String> queries) throws IOException {
    long[] micros = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long start = System.nanoTime();
      index.search(queries.get(i), 10);
      micros[i] = (System.nanoTime() - start) / 1_000;
    }
    return micros;
  }

  /**
   * Words taken from random sentences, in the four shapes users write: word, words, phrase,
   * OR/minus.
   */
  private static List<String> queries(List<Document> docs, Random random) {
    List<Sentence> sentences = docs.stream().flatMap(d -> d.sentences().stream()).toList();
    List<String> out = new ArrayList<>(QUERIES);
    while (out.size() < QUERIES) {
      String[] words =
          Arrays.stream(sentences.get(random.nextInt(sentences.size())).text().split("[^\\p{L}]+"))
              .filter(w -> w.length() >= 5)
              .toArray(String[]::new);
      if (words.length < 2) {
        continue;
      }
      int at = random.nextInt(words.length - 1);
      String a = words[at];
      String b = words[at + 1];
      out.add(
          switch (out.size() % 4) {
            case 0 -> a;
            case 1 -> a + " " + b;
            case 2 -> "\"" + a + " " + b + "\"";
            default -> a + " OR " + b + " -the";
          });
    }
    return out;
  }
}
