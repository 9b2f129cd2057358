package dev.dyad.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the invented news corpus of {@link NewsCorpus} as JSON Lines, for the store benchmark
 * ({@code dyad bench store}) or any command that reads documents.
 *
 * <p>Run: {@code java -cp dyad-bench/target/benchmarks.jar dev.dyad.bench.NewsCorpusMain
 * --documents 100000 --output news.jsonl [--seed N] [--days N]}. The dates spread over {@code
 * --days} from 2024-01-01 (730 unless given).
 */
public final class NewsCorpusMain {
  private NewsCorpusMain() {}

  public static void main(String[] args) throws IOException {
    int documents = 100_000;
    long seed = NewsCorpus.DEFAULT_SEED;
    int days = NewsCorpus.DAYS;
    Path output = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--documents" -> documents = Integer.parseInt(value(args, ++i));
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        case "--days" -> days = Integer.parseInt(value(args, ++i));
        case "--output" -> output = Path.of(value(args, ++i));
        default -> usage("unknown argument " + args[i]);
      }
    }
    if (output == null) {
      usage("--output is required");
    }
    long started = System.nanoTime();
    NewsCorpus corpus = new NewsCorpus(seed, documents, days);
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), 1 << 16)) {
      corpus.write(out);
    }
    System.out.printf(
        "%s: %,d documents over %,d days, %.1f MB, seed %d, in %.1f s%n",
        output,
        documents,
        days,
        Files.size(output) / 1e6,
        seed,
        (System.nanoTime() - started) / 1e9);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println("NewsCorpusMain: " + problem);
    System.err.println("usage: NewsCorpusMain --documents N --output FILE [--seed N] [--days N]");
    System.exit(2);
  }
}
