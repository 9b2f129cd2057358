package dev.dyad.store;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample corpus ({@code examples/corpus}), cleaned once, and its stateless analysis. */
final class ExampleCorpus {
  static final Path PATH = Corpora.examples();
  static final Pipeline PIPELINE = Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS));
  static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(PIPELINE);
  static final List<Document> DOCUMENTS = read();
  static final CorpusAnalysis STATELESS = analyse();

  private ExampleCorpus() {}

  private static List<Document> read() {
    try (Stream<Document> docs =
        PIPELINE.documents(List.of(PATH.toString()), Problems.counting())) {
      return docs.toList();
    }
  }

  private static CorpusAnalysis analyse() {
    CorpusAnalysis a = new CorpusAnalysis(PIPELINE.dictionary());
    DOCUMENTS.forEach(d -> a.add(ANALYZER.analyze(d, Problems.counting())));
    return a;
  }
}
