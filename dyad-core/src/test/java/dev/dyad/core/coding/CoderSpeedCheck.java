package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.SharedCorpus;
import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.modality.ModalityReading;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.text.Sentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Prints the coder's throughput on the shared Wikinews texts (split into sentences beforehand, so
 * only coding is timed); a report, not a timed assertion. Skipped when the corpus is absent.
 */
class CoderSpeedCheck {

  @Test
  void reportsThroughputOnWikinews() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Sentences splitter = new Sentences();
    List<Document> docs = new ArrayList<>();
    PublicationDate date =
        PublicationDate.known(LocalDate.of(2024, 11, 1), PublicationDate.Basis.METADATA, "");
    try (BufferedReader reader =
        Files.newBufferedReader(SharedCorpus.wikinews(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String text = json.readTree(line).path("text").asText("");
        List<Block> blocks = new ArrayList<>();
        for (String para : text.split("\n\\s*\n|\n")) {
          if (!para.isBlank()) {
            blocks.add(Block.paragraph(para.strip()));
          }
        }
        List<Sentence> sentences = splitter.split(blocks);
        docs.add(new Document("w" + docs.size(), "wikinews:" + docs.size(), "wikinews",
            Optional.empty(), date, text, sentences, List.of(), Map.of()));
      }
    }
    EventCoder coder = new EventCoder(new ActorMatcher(ActorDictionary.builtIn()),
        (tokens, span) -> ModalityReading.ASSERTED, EventDater.PUBLISHED);
    long sentences = docs.stream().mapToLong(d -> d.sentences().size()).sum();
    long events = 0;
    for (int warm = 0; warm < 2; warm++) {
      for (Document d : docs) {
        events += coder.code(d).size();
      }
    }
    int rounds = 3;
    events = 0;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (Document d : docs) {
        events += coder.code(d).size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("event coder: %d documents, %d sentences, %.0f sentences/s (one thread),"
        + " %d events per pass%n", docs.size(), sentences, sentences * rounds / seconds,
        events / rounds);
    ActorMatcher matcher = new ActorMatcher(ActorDictionary.builtIn());
    long mentions = 0;
    long t0 = System.nanoTime();
    for (Document d : docs) {
      for (Sentence s : d.sentences()) {
        mentions += matcher.find(s.text(), Optional.of(LocalDate.of(2024, 11, 1))).size();
      }
    }
    long t1 = System.nanoTime();
    long tokens = 0;
    for (Document d : docs) {
      for (Sentence s : d.sentences()) {
        tokens += dev.dyad.core.text.Tokenizer.tokenize(s.text()).size();
      }
    }
    long t2 = System.nanoTime();
    System.out.printf("  for comparison: actor matcher alone %.0f sentences/s, tokenizer alone"
        + " %.0f sentences/s%n", sentences / ((t1 - t0) / 1e9), sentences / ((t2 - t1) / 1e9));
    assertThat(sentences).isPositive();
    assertThat(mentions + tokens).isPositive();
  }
}
