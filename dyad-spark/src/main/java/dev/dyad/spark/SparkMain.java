package dev.dyad.spark;

import dev.dyad.core.dictionaries.DictionaryLoadException;
import dev.dyad.core.dictionaries.DictionarySpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad spark}: Dyad's pipeline as a Spark job. Started by {@code dyad spark} (which runs
 * this jar with Spark on its class path, in local mode unless told otherwise) or by {@code
 * spark-submit --class dev.dyad.spark.SparkMain} on a cluster.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline on Apache Spark: read, clean, code, merge claims and assessments,"
          + " and write Parquet tables partitioned by month.",
      "",
      "Inputs are files or folders on any Hadoop path (JSON Lines, text, Markdown, HTML, feeds,"
          + " WARC, any of them gzipped, and Parquet with the JSON Lines fields). The output folder"
          + " gets one table per folder, with the columns of the store's tables: documents,"
          + " sentences, events, actor_mentions, document_signatures, document_assessments (the"
          + " months of this run's documents are replaced, the others kept), claims,"
          + " claim_mentions, assessments, assessment_mentions and families (merged over every"
          + " month, rewritten whole), runs and problems (added to). Load it into a store with"
          + " dyad import-spark.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all good",
      "1:some inputs failed; each is named, the rest were processed",
      "2:usage error: bad options or arguments; nothing was done",
      "70:internal error (a bug, or out of memory); DYAD_DEBUG=1 shows why",
      "74:a file or folder cannot be read or written"
    })
public final class SparkMain implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (default: local[*], or what spark-submit gives); local[N] runs N worker"
              + " threads in this process.")
  String master;

  @Option(
      names = "--input",
      arity = "1..*",
      required = true,
      paramLabel = "PATH",
      description = "Input files or folders, any Hadoop path (file:, hdfs:, s3a:, …); repeatable.")
  List<String> inputs;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description = "The output folder, any Hadoop path.")
  String output;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description =
          "Partitions documents are analysed and merged in (default: four per core of the"
              + " cluster).")
  Integer partitions;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "A user actor dictionary that adds to or overrides the built-in one.")
  Path actors;

  @Option(
      names = "--dictionaries",
      paramLabel = "SPEC",
      defaultValue = "builtin",
      description =
          "Which dictionaries to code with: builtin (Dyad's own), petrarch:FILE.ini (the set the"
              + " [Dictionaries] section of a PETRARCH-2 config file names, files relative to it),"
              + " or both merged, builtin+petrarch:FILE.ini (the later wins for the same phrase)."
              + " The files are read on the driver and sent to the executors. Default:"
              + " ${DEFAULT-VALUE}.")
  String dictionaries;

  @Option(
      names = "--max-doc-mb",
      paramLabel = "MB",
      defaultValue = "20",
      description = "Skip documents larger than this (default: ${DEFAULT-VALUE} MB).")
  long maxDocMb;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkMain()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (actors != null && !Files.isRegularFile(actors)) {
      err.println("dyad: --actors " + actors + ": no such file");
      return 2;
    }
    if (maxDocMb <= 0 || (partitions != null && partitions <= 0)) {
      err.println("dyad: --max-doc-mb and --partitions must be positive");
      return 2;
    }
    DictionarySpec set;
    try {
      set = DictionarySpec.parse(dictionaries);
    } catch (IllegalArgumentException e) {
      err.println("dyad: --dictionaries: " + e.getMessage());
      return 2;
    }
    SparkSession spark = Sessions.start(Optional.ofNullable(master));
    try {
      int n = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
      RunSummary s =
          SparkRun.run(
              spark,
              new SparkRun.Settings(
                  inputs, output, Optional.ofNullable(actors), maxDocMb * 1024 * 1024, n, set),
              p -> {
                err.println("dyad: " + p);
                err.flush();
              });
      print(err, s);
      return s.failed() > 0 ? 1 : 0;
    } catch (DictionaryLoadException e) {
      err.println("dyad: --dictionaries: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("dyad: the Spark run failed: " + e.getMessage());
      if (System.getenv("DYAD_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return 70;
    } finally {
      spark.stop();
    }
  }

  private static void print(PrintWriter err, RunSummary s) {
    double total = s.seconds().values().stream().mapToDouble(Double::doubleValue).sum();
    err.printf("dyad: %s%n", s.documentsLine());
    err.printf(
        Locale.ROOT,
        "dyad: spark run %s: %d stored (%d copies kept once), %d events, %d claims, %d"
            + " assessments, %d families; months %s%n",
        s.runId(),
        s.stored(),
        s.alreadyStored(),
        s.events(),
        s.claims(),
        s.assessments(),
        s.families(),
        s.months().isEmpty() ? "none" : String.join(", ", s.months()));
    err.printf(
        Locale.ROOT,
        "dyad: %s; %.1f documents/s over the analysis%n",
        s.seconds().entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", ")),
        s.read() / Math.max(1e-9, s.seconds().getOrDefault("analysis", total)));
    double cpu = s.cpuSeconds().getOrDefault("analysis", 0.0);
    if (cpu > 0) {
      err.printf(
          Locale.ROOT,
          "dyad: CPU %s; %.1f documents per CPU second over the analysis%n",
          s.cpuSeconds().entrySet().stream()
              .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
              .collect(Collectors.joining(", ")),
          s.read() / cpu);
    }
    err.printf(
        "dyad: shuffled %s%n",
        s.shuffleBytes().entrySet().stream()
            .map(e -> e.getKey() + " " + bytes(e.getValue()))
            .collect(Collectors.joining(", ")));
    err.flush();
  }

  private static String bytes(long n) {
    return n < 1024 * 1024
        ? String.format(Locale.ROOT, "%.1f KB", n / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
  }

  /** For tests: the summary's counts as a map. */
  static Map<String, Long> counts(RunSummary s) {
    return Map.of(
        "read", s.read(), "stored", s.stored(), "events", s.events(), "claims", s.claims());
  }
}
