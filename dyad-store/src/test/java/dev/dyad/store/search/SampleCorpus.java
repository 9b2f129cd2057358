package dev.dyad.store.search;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's sample corpus, read through the pipeline. */
final class SampleCorpus {
  private SampleCorpus() {}

  /** Every cleaned document of {@code examples/corpus}. */
  static List<Document> documents() {
    try (Stream<Document> docs = read(Corpora.examples())) {
      return docs.toList();
    }
  }

  /** A lazy stream of cleaned documents from a file or folder; close it. */
  static Stream<Document> read(Path input) {
    return Pipeline.standard(PipelineConfig.DEFAULTS)
        .documents(List.of(input.toString()), Problems.counting());
  }
}
