package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.text.Tokenizer;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench code}: sentences/s and articles/s for ingest, clean and code, and for the
 * coder, the actor matcher and the tokenizer alone. Speed is measured here, never in timed unit
 * tests.
 */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Time ingest + clean + code over PATH.",
      "",
      "Runs the whole path single-threaded and prints articles/s and sentences/s for it, and"
          + " separately for the coder alone on the already cleaned documents, and for two of its"
          + " parts alone: the actor matcher and the tokenizer. Then the CPU time the command's"
          + " thread spent on each, steadier than wall time on a busy machine."
    })
final class BenchCodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Mixin BenchOptions bench;

  @Override
  public Integer call() {
    bench.check();
    int runs = bench.runs;
    int warmup = bench.warmup;
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline = Pipeline.standard(input.config());
    long[] whole = new long[runs];
    long[] coder = new long[runs];
    long[] matcher = new long[runs];
    long[] tokenizer = new long[runs];
    long[] counts = new long[5];
    List<Document> docs = List.of();
    long[][] cpu = new long[4][runs];
    for (int i = 0; i < warmup + runs; i++) {
      Problems problems = Problems.counting();
      long startCpu = threadCpu();
      long start = System.nanoTime();
      try (Stream<Document> stream = pipeline.documents(input.paths(), problems)) {
        docs = stream.toList();
      }
      long events = 0;
      long coderStart = System.nanoTime();
      long coderStartCpu = threadCpu();
      for (Document d : docs) {
        events += pipeline.events(d, problems).size();
      }
      long end = System.nanoTime();
      long endCpu = threadCpu();
      // The coder's two costliest parts, timed alone on the same sentences after the runs above.
      long mentions = 0;
      for (Document d : docs) {
        mentions += pipeline.actors(d).size();
      }
      long matcherEnd = System.nanoTime();
      long matcherEndCpu = threadCpu();
      long tokens = 0;
      for (Document d : docs) {
        for (Sentence s : d.sentences()) {
          tokens += Tokenizer.tokenize(s.text()).size();
        }
      }
      long tokenizerEnd = System.nanoTime();
      long tokenizerEndCpu = threadCpu();
      if (i >= warmup) {
        whole[i - warmup] = end - start;
        coder[i - warmup] = end - coderStart;
        matcher[i - warmup] = matcherEnd - end;
        tokenizer[i - warmup] = tokenizerEnd - matcherEnd;
        cpu[0][i - warmup] = endCpu - startCpu;
        cpu[1][i - warmup] = endCpu - coderStartCpu;
        cpu[2][i - warmup] = matcherEndCpu - endCpu;
        cpu[3][i - warmup] = tokenizerEndCpu - matcherEndCpu;
      }
      counts[0] = docs.size();
      counts[1] = docs.stream().mapToLong(d -> d.sentences().size()).sum();
      counts[2] = events;
      counts[3] = mentions;
      counts[4] = tokens;
    }
    Arrays.sort(whole);
    Arrays.sort(coder);
    Arrays.sort(matcher);
    Arrays.sort(tokenizer);
    out.printf(
        "bench code: %d documents, %d sentences, %d events, %d actor mentions, %d tokens;"
            + " %d runs after %d warm-up%n",
        counts[0], counts[1], counts[2], counts[3], counts[4], runs, warmup);
    report(out, "ingest+clean+code", whole, counts);
    report(out, "code only        ", coder, counts);
    report(out, "  actors only    ", matcher, counts);
    report(out, "  tokenizer only ", tokenizer, counts);
    // On a busy machine wall time measures the other jobs as much as Dyad; this thread's CPU time
    // is steadier (the collector and the JIT run on other threads and are left out).
    for (long[] c : cpu) {
      Arrays.sort(c);
    }
    out.printf(
        "  CPU time of this thread, best (median): ingest+clean+code %.3f s (%.3f),"
            + " code only %.3f s (%.3f), actors only %.3f s (%.3f), tokenizer only %.3f s (%.3f)%n",
        cpu[0][0] / 1e9,
        cpu[0][runs / 2] / 1e9,
        cpu[1][0] / 1e9,
        cpu[1][runs / 2] / 1e9,
        cpu[2][0] / 1e9,
        cpu[2][runs / 2] / 1e9,
        cpu[3][0] / 1e9,
        cpu[3][runs / 2] / 1e9);
    out.flush();
    return ExitCode.OK.code();
  }

  /** CPU time of the current thread in nanoseconds; 0 where the JVM cannot measure it. */
  private static long threadCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  private static void report(PrintWriter out, String what, long[] nanos, long[] counts) {
    double best = nanos[0] / 1e9;
    double median = nanos[nanos.length / 2] / 1e9;
    out.printf(
        "  %s best %.3f s  %,.0f articles/s  %,.0f sentences/s   median %.3f s  %,.0f sentences/s%n",
        what, best, counts[0] / best, counts[1] / best, median, counts[1] / median);
  }
}
