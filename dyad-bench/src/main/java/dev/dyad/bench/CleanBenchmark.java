package dev.dyad.bench;

import dev.dyad.core.clean.DocumentCleaner;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.RawDocument;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cleaning one scraped web article of 30 sentences: chrome, dateline, title, repair, sentences. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanBenchmark {
  private final DocumentCleaner cleaner = new DocumentCleaner();
  private final RawDocument article =
      RawDocument.of("bench.txt", ContentType.TEXT, Samples.WEB_ARTICLE);

  /** Articles per second; multiply by 30 for sentences per second. */
  @Benchmark
  public Document cleanWebArticle() {
    return cleaner.clean(article);
  }
}
