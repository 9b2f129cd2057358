package dev.dyad.bench;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventCoder;
import dev.dyad.core.coding.modality.CueModalityDetector;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.time.EventDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sentence coder alone (actors, patterns, modality, dates) on a document of 30 fixed sentences;
 * the score is sentences per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SentenceCoderBenchmark {
  private final EventCoder coder =
      new EventCoder(
          new ActorMatcher(ActorDictionary.builtIn()),
          CueModalityDetector.builtIn(),
          EventDates::date);
  private final Document document = document(Samples.SENTENCES);

  static {
    // @OperationsPerInvocation below must match the fixed input.
    if (Samples.SENTENCES.size() != 30) {
      throw new IllegalStateException(
          "the benchmark expects 30 sentences, not " + Samples.SENTENCES.size());
    }
  }

  @Benchmark
  @OperationsPerInvocation(30)
  public List<Event> codeSentences() {
    return coder.code(document);
  }

  static Document document(List<String> texts) {
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String s : texts) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(s);
      sentences.add(
          new Sentence(
              sentences.size(), s, start, text.length(), sentences.size(), Block.Kind.PARAGRAPH));
    }
    LocalDate published = LocalDate.of(2026, 3, 16);
    return new Document(
        "bench",
        "bench",
        "bench",
        Optional.empty(),
        PublicationDate.known(published, PublicationDate.Basis.METADATA, published.toString()),
        text.toString(),
        sentences,
        List.of(),
        Map.of());
  }
}
