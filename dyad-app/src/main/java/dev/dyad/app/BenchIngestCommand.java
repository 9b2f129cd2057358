package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.model.Problems;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyad bench ingest}: documents/s and MB/s for reading and cleaning. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Time ingest + clean over PATH.",
      "",
      "Reads, extracts, repairs, dates and splits sentences single-threaded, and prints"
          + " documents/s, MB/s of document text and sentences/s."
    })
final class BenchIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Mixin BenchOptions bench;

  /** One run's counts and time. */
  record Run(long documents, long bytes, long sentences, long nanos) {}

  @Override
  public Integer call() {
    bench.check();
    int runs = bench.runs;
    int warmup = bench.warmup;
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline = Pipeline.standard(input.config());
    for (int i = 0; i < warmup; i++) {
      once(pipeline);
    }
    long[] nanos = new long[runs];
    Run last = null;
    for (int i = 0; i < runs; i++) {
      last = once(pipeline);
      nanos[i] = last.nanos();
    }
    Arrays.sort(nanos);
    double best = nanos[0] / 1e9;
    double median = nanos[runs / 2] / 1e9;
    double mb = last.bytes() / 1e6;
    out.printf(
        "bench ingest: %d documents, %.2f MB of text, %d sentences; %d runs after %d warm-up%n",
        last.documents(), mb, last.sentences(), runs, warmup);
    out.printf(
        "  best   %.3f s  %,.0f documents/s  %.2f MB/s  %,.0f sentences/s%n",
        best, last.documents() / best, mb / best, last.sentences() / best);
    out.printf(
        "  median %.3f s  %,.0f documents/s  %.2f MB/s  %,.0f sentences/s%n",
        median, last.documents() / median, mb / median, last.sentences() / median);
    out.flush();
    return ExitCode.OK.code();
  }

  private Run once(Pipeline pipeline) {
    Problems problems = Problems.counting();
    long[] counts = new long[3];
    long start = System.nanoTime();
    try (Stream<dev.dyad.core.model.RawDocument> raws =
        Ingest.read(input.paths(), input.config().ingest(), problems)) {
      raws.forEach(
          raw -> {
            counts[1] += raw.body().getBytes(StandardCharsets.UTF_8).length;
            pipeline
                .clean(raw, problems)
                .ifPresent(
                    d -> {
                      counts[0]++;
                      counts[2] += d.sentences().size();
                    });
          });
    }
    return new Run(counts[0], counts[1], counts[2], System.nanoTime() - start);
  }
}
