package dev.dyad.app;

import dev.dyad.core.PipelineConfig;
import dev.dyad.core.ingest.IngestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options every command that reads documents shares. */
final class InputOptions {
  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Files or folders (read recursively, in sorted order), or - for JSON Lines on standard"
              + " input. Formats by name: .txt .md .html .htm .jsonl .xml .rss .atom .warc, and any"
              + " of them .gz.")
  List<String> paths = List.of();

  /** The paths given; a command that needs input and got none is a usage error. */
  List<String> paths() {
    if (paths == null || paths.isEmpty()) {
      throw new Failures.UsageException(
          "give at least one PATH (a file, a folder, or - for standard input)");
    }
    return paths;
  }

  boolean hasPaths() {
    return paths != null && !paths.isEmpty();
  }

  @Option(
      names = "--max-doc-mb",
      paramLabel = "MB",
      defaultValue = "20",
      description = "Skip any single document larger than this (default: ${DEFAULT-VALUE} MB).")
  double maxDocMb;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "A user actor dictionary in the built-in format: its entries are added, and replace built-in"
              + " entries with the same code.")
  Path actors;

  /** The pipeline's configuration, coding with {@code dictionaries}. */
  PipelineConfig config(DictionaryOptions dictionaries) {
    PipelineConfig plain = config();
    return new PipelineConfig(plain.ingest(), plain.actors(), dictionaries.spec());
  }

  PipelineConfig config() {
    if (!(maxDocMb > 0)) {
      throw new Failures.UsageException("--max-doc-mb must be positive, not " + maxDocMb);
    }
    if (actors != null && !Files.isReadable(actors)) {
      throw new Failures.UsageException("cannot read the actor dictionary " + actors);
    }
    return new PipelineConfig(
        new IngestOptions((long) (maxDocMb * 1024 * 1024)), Optional.ofNullable(actors));
  }
}
