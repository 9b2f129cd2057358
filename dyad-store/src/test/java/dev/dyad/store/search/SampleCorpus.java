package dev.dyad.store.search;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's sample corpus, read through the pipeline. */
final class SampleCorpus {
  private SampleCorpus() {}

  /** The repository root: surefire passes it; a run inside the module uses the module's parent. */
  static Path repositoryRoot() {
    String given = System.getProperty("dyad.root");
    Path root = given != null ? Path.of(given) : Path.of("").toAbsolutePath().getParent();
    return root.toAbsolutePath().normalize();
  }

  /** Every cleaned document of {@code examples/corpus}. */
  static List<Document> documents() {
    try (Stream<Document> docs = read(repositoryRoot().resolve("examples").resolve("corpus"))) {
      return docs.toList();
    }
  }

  /** A lazy stream of cleaned documents from a file or folder; close it. */
  static Stream<Document> read(Path input) {
    return Pipeline.standard(PipelineConfig.DEFAULTS)
        .documents(List.of(input.toString()), Problems.counting());
  }
}
