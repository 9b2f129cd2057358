package dev.dyad.core;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentExtractor;
import dev.dyad.core.claims.AssessmentMerger;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMerger;
import dev.dyad.core.claims.SourceFamilies;
import dev.dyad.core.claims.TopicTaxonomy;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import java.util.Comparator;
import java.util.List;

/**
 * A corpus read incrementally into claims and assessments: each document joins a source family
 * (a syndicated copy is no second source), its events merge into claims, and its forecasts into
 * assessments. Adding a document never recomputes the others. Single writer; not thread-safe.
 */
public final class CorpusAnalysis {
  private final Pipeline pipeline;
  private final SourceFamilies families = new SourceFamilies();
  private final ClaimMerger claims;
  private final AssessmentExtractor extractor;
  private final AssessmentMerger assessments;
  private long documents;

  public CorpusAnalysis(Pipeline pipeline) {
    this.pipeline = pipeline;
    TopicTaxonomy topics = TopicTaxonomy.builtIn();
    this.claims = new ClaimMerger(pipeline.dictionary());
    this.extractor = new AssessmentExtractor(topics, pipeline.dictionary());
    this.assessments = new AssessmentMerger(topics, pipeline.dictionary());
  }

  /** Adds one cleaned document: its family, its events as claims, its forecasts as assessments. */
  public void add(Document doc, Problems problems) {
    String family = families.add(doc);
    claims.add(doc, pipeline.events(doc, problems), family);
    assessments.addAll(extractor.extract(doc, family));
    documents++;
  }

  /** Best supported first: independent sources, then documents, then status, then id. */
  public static final Comparator<Claim> BEST_SUPPORTED =
      Comparator.comparingInt(Claim::independentSources).reversed()
          .thenComparing(Comparator.comparingInt(Claim::documents).reversed())
          .thenComparing(Claim::status)
          .thenComparing(Claim::claimId);

  /** Most voiced first: independent sources, then documents, then id. */
  public static final Comparator<Assessment> MOST_VOICED =
      Comparator.comparingInt(Assessment::independentSources).reversed()
          .thenComparing(Comparator.comparingInt(Assessment::documents).reversed())
          .thenComparing(Assessment::assessmentId);

  /** Claims, best supported first. */
  public List<Claim> claims() {
    return claims.claims().stream().sorted(BEST_SUPPORTED).toList();
  }

  /** Assessments, most voiced first. */
  public List<Assessment> assessments() {
    return assessments.assessments().stream().sorted(MOST_VOICED).toList();
  }

  public long documents() {
    return documents;
  }

  public int families() {
    return families.families();
  }
}
