package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.text.Tokenizer;
import java.io.PrintWriter;
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
          + " parts alone: the actor matcher and the tokenizer."
    })
final class BenchCodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin DictionaryOptions dictionaries;

  @Mixin BenchOptions bench;

  @Override
  public Integer call() {
    bench.check();
    int runs = bench.runs;
    int warmup = bench.warmup;
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline = Pipeline.standard(input.config(dictionaries));
    long[] whole = new long[runs];
    long[] coder = new long[runs];
    long[] matcher = new long[runs];
    long[] tokenizer = new long[runs];
    // CPU time of this thread (the runs are single-threaded): steadier than wall time on a shared
    // machine.
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long[] wholeCpu = new long[runs];
    long[] coderCpu = new long[runs];
    long[] counts = new long[5];
    List<Document> docs = List.of();
    for (int i = 0; i < warmup + runs; i++) {
      Problems problems = Problems.counting();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      try (Stream<Document> stream = pipeline.documents(input.paths(), problems)) {
        docs = stream.toList();
      }
      long events = 0;
      long coderCpuStart = threads.getCurrentThreadCpuTime();
      long coderStart = System.nanoTime();
      for (Document d : docs) {
        events += pipeline.events(d, problems).size();
      }
      long end = System.nanoTime();
      long cpuEnd = threads.getCurrentThreadCpuTime();
      // The coder's two costliest parts, timed alone on the same sentences after the runs above.
      long mentions = 0;
      for (Document d : docs) {
        mentions += pipeline.actors(d).size();
      }
      long matcherEnd = System.nanoTime();
      long tokens = 0;
      for (Document d : docs) {
        for (Sentence s : d.sentences()) {
          tokens += Tokenizer.tokenize(s.text()).size();
        }
      }
      long tokenizerEnd = System.nanoTime();
      if (i >= warmup) {
        whole[i - warmup] = end - start;
        coder[i - warmup] = end - coderStart;
        matcher[i - warmup] = matcherEnd - end;
        tokenizer[i - warmup] = tokenizerEnd - matcherEnd;
        wholeCpu[i - warmup] = cpuEnd - cpuStart;
        coderCpu[i - warmup] = cpuEnd - coderCpuStart;
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
    Arrays.sort(wholeCpu);
    Arrays.sort(coderCpu);
    out.printf(
        "bench code: %d documents, %d sentences, %d events, %d actor mentions, %d tokens;"
            + " %d runs after %d warm-up%n",
        counts[0], counts[1], counts[2], counts[3], counts[4], runs, warmup);
    out.printf(
        "  dictionaries %s (%s), loaded in %.2f s%n",
        pipeline.dictionaries().spec().text(),
        pipeline.dictionaries().hash(),
        pipeline.dictionaries().summary().loadTime().toNanos() / 1e9);
    report(out, "ingest+clean+code", whole, counts);
    report(out, "code only        ", coder, counts);
    report(out, "  actors only    ", matcher, counts);
    report(out, "  tokenizer only ", tokenizer, counts);
    report(out, "CPU: whole       ", wholeCpu, counts);
    report(out, "CPU: code only   ", coderCpu, counts);
    out.flush();
    return ExitCode.OK.code();
  }

  private static void report(PrintWriter out, String what, long[] nanos, long[] counts) {
    double best = nanos[0] / 1e9;
    double median = nanos[nanos.length / 2] / 1e9;
    out.printf(
        "  %s best %.3f s  %,.0f articles/s  %,.0f sentences/s   median %.3f s  %,.0f sentences/s%n",
        what, best, counts[0] / best, counts[1] / best, median, counts[1] / median);
  }
}
