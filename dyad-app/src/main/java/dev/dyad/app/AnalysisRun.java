package dev.dyad.app;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.Pipeline;
import dev.dyad.core.model.Document;
import java.util.stream.Stream;

/** Reads the inputs of a command into a {@link CorpusAnalysis}, reporting bad input as it goes. */
final class AnalysisRun {
  private AnalysisRun() {}

  static CorpusAnalysis read(InputOptions input, Reporter reporter) {
    Pipeline pipeline = Pipeline.standard(input.config());
    CorpusAnalysis analysis = new CorpusAnalysis(pipeline);
    try (Stream<Document> docs = pipeline.documents(input.paths, reporter.problems())) {
      docs.forEach(d -> analysis.add(d, reporter.problems()));
    }
    return analysis;
  }
}
