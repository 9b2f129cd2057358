package dev.dyad.core;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.AssessmentExtractor;
import dev.dyad.core.claims.SourceFamilies;
import dev.dyad.core.claims.TopicTaxonomy;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import java.util.Objects;

/**
 * The per-document step: everything found in one cleaned document on its own (events, family
 * signature, assessment facts, actors named), the same for every caller (ingest, recode, the
 * stateless commands and any batch job), so they cannot drift apart. Built once per pipeline;
 * thread-safe, so one instance serves every worker.
 */
public final class DocumentAnalyzer {
  private final Pipeline pipeline;

  /** Only its stateless {@link SourceFamilies#signature} is used, never its index. */
  private final SourceFamilies signatures = new SourceFamilies();

  private final AssessmentExtractor assessments;

  /** An analyzer with the stages and the actor dictionary of {@code pipeline}. */
  public DocumentAnalyzer(Pipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.assessments = new AssessmentExtractor(TopicTaxonomy.builtIn(), pipeline.dictionary());
  }

  /** The actor dictionary it names actors with; merging its analyses needs the same one. */
  public ActorDictionary dictionary() {
    return pipeline.dictionary();
  }

  /** The whole analysis of {@code doc}; a failure of the coder is reported, not thrown. */
  public DocumentAnalysis analyze(Document doc, Problems problems) {
    DocumentFacts facts = facts(doc);
    return new DocumentAnalysis(
        doc,
        pipeline.events(doc, problems),
        facts.signature(),
        facts.assessments(),
        pipeline.actors(doc));
  }

  /**
   * Only the part the corpus merge needs besides the events, for a store that keeps the events
   * already (and documents stored before their facts were kept).
   */
  public DocumentFacts facts(Document doc) {
    return new DocumentFacts(
        doc.id(),
        doc.uri(),
        doc.published().date(),
        signatures.signature(doc.text()),
        assessments.extract(doc));
  }
}
