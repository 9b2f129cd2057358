package dev.dyad.app;

import dev.dyad.core.CorpusAnalysis;
import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.Pipeline;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.model.Document;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.store.Store;
import java.util.List;
import java.util.stream.Stream;

/**
 * The claims and assessments a command shows: from the given paths (stateless, like {@code dyad
 * code}), or, with no paths, from the store.
 */
final class AnalysisRun {
  /** What was read and passed the filters, best supported first. */
  record Result(List<Claim> claims, List<Assessment> assessments, long documents, int families) {}

  private AnalysisRun() {}

  /**
   * {@link #read}, with a store that cannot be opened reported as one line; empty then, and the
   * command exits {@link ExitCode#STORE} like every store command.
   */
  static java.util.Optional<Result> readOrReport(
      InputOptions input,
      DictionaryOptions dictionaries,
      StoreOptions store,
      ClaimFilters filters,
      Reporter reporter,
      java.io.PrintWriter err) {
    ClaimQuery claims = filters.claimQuery();
    AssessmentQuery assessments = filters.assessmentQuery();
    try {
      return java.util.Optional.of(
          read(input, dictionaries, store, reporter, claims, assessments, err));
    } catch (dev.dyad.store.StoreException | dev.dyad.store.StoreLockedException e) {
      err.println("dyad: " + e.getMessage());
      return java.util.Optional.empty();
    }
  }

  static Result read(
      InputOptions input,
      DictionaryOptions dictionaries,
      StoreOptions store,
      Reporter reporter,
      ClaimQuery claims,
      AssessmentQuery assessments,
      java.io.PrintWriter err) {
    if (!input.hasPaths()) {
      // Store reads go through StoreException, which the commands turn into one line and
      // ExitCode.STORE.
      try (Store s = Store.openReadOnly(store.path())) {
        StaleData.checkClaims(s, err);
        return new Result(
            s.claims(claims), s.assessments(assessments), s.counts().documents(), s.families());
      }
    }
    Pipeline pipeline = Pipeline.standard(input.config(dictionaries));
    DocumentAnalyzer analyzer = new DocumentAnalyzer(pipeline);
    CorpusAnalysis analysis = new CorpusAnalysis(pipeline.dictionary());
    try (Stream<Document> docs = pipeline.documents(input.paths(), reporter.problems())) {
      docs.forEach(d -> analysis.add(analyzer.analyze(d, reporter.problems())));
    }
    return new Result(
        analysis.claims().stream().filter(claims::matches).toList(),
        analysis.assessments().stream().filter(assessments::matches).toList(),
        analysis.documents(),
        analysis.families());
  }
}
