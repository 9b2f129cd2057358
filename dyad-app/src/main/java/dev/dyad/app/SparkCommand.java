package dev.dyad.app;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code dyad spark}: runs the Spark job of the dyad-spark module in a child JVM, with the module's
 * jar and Spark's jars ({@code dyad-spark/target/lib}) on its class path, so Spark stays out of
 * this jar and {@code dyad demo} stays light. Every argument goes to the job, {@code --help}
 * included; {@code ./dyad spark} builds the module first when it is missing or stale.
 */
@Command(
    name = "spark",
    description = {
      "Run the whole pipeline on Apache Spark (local mode by default, no Spark installation"
          + " needed) and write Parquet tables by month: dyad spark --master local[N] --input PATH"
          + " --output DIR.",
      "",
      "Runs the dyad-spark module's jar; dyad spark --help lists its options. Load the output"
          + " into a store with dyad import-spark. On a cluster, use spark-submit (docs/scale.md)."
    })
final class SparkCommand implements Callable<Integer> {
  static final String MAIN_CLASS = "dev.dyad.spark.SparkMain";

  @Spec CommandSpec spec;

  @Unmatched List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Path target = home().resolve("dyad-spark").resolve("target");
    Path jar = target.resolve("dyad-spark.jar");
    Path lib = target.resolve("lib");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      err.println(
          "dyad: the Spark module is not built ("
              + jar
              + " is missing); build it with: mvn -pl dyad-spark -am package -DskipTests"
              + " (./dyad spark does this when needed)");
      return ExitCode.IO.code();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String opts = System.getenv("DYAD_SPARK_JAVA_OPTS");
    if (opts != null && !opts.isBlank()) {
      command.addAll(List.of(opts.trim().split("\\s+")));
    }
    command.add("-cp");
    command.add(jar + File.pathSeparator + lib.resolve("*"));
    command.add(MAIN_CLASS);
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
    // Local mode needs no network: Spark binds to the loopback address unless told otherwise.
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start().waitFor();
  }

  /** The checkout: dyad.home as ./dyad sets it, else two folders above this jar. */
  static Path home() {
    String given = System.getProperty("dyad.home");
    if (given != null) {
      return Path.of(given);
    }
    try {
      Path jar =
          Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent().getParent().getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of(".");
    }
  }
}
