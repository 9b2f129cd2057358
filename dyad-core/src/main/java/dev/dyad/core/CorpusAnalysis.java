package dev.dyad.core;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.claims.AssessmentMerger;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMerger;
import dev.dyad.core.claims.SourceFamilies;
import dev.dyad.core.claims.TopicTaxonomy;
import dev.dyad.core.coding.Event;
import java.util.Comparator;
import java.util.List;

/**
 * A corpus merged incrementally into claims and assessments: each document joins a source family (a
 * syndicated copy is no second source), its events merge into claims, and its forecasts into
 * assessments. Adding a document never recomputes the others. The stateless commands add each
 * {@link DocumentAnalysis} as it is made; a store replays the {@link DocumentFacts} and events it
 * kept, with the same result. Single writer; not thread-safe.
 */
public final class CorpusAnalysis {
  private final SourceFamilies families = new SourceFamilies();
  private final ClaimMerger claims;
  private final AssessmentMerger assessments;
  private long documents;

  /** A merge that reduces codes and names actors with {@code dictionary} (the pipeline's). */
  public CorpusAnalysis(ActorDictionary dictionary) {
    this.claims = new ClaimMerger(dictionary);
    this.assessments = new AssessmentMerger(TopicTaxonomy.builtIn(), dictionary);
  }

  /** Adds one analysed document: its family, its events as claims, its forecasts as assessments. */
  public void add(DocumentAnalysis analysis) {
    add(analysis.facts(), analysis.events());
  }

  /**
   * Adds one document by its facts and events, as {@link #add(DocumentAnalysis)} does, without its
   * text; returns the id of the source family it joined.
   *
   * @throws IllegalArgumentException if an event is from another document
   */
  public String add(DocumentFacts facts, List<Event> events) {
    String family = families.add(facts.docId(), facts.signature(), facts.published());
    for (Event e : events) {
      if (!e.docId().equals(facts.docId())) {
        throw new IllegalArgumentException(
            "event " + e.eventId() + " is from " + e.docId() + ", not " + facts.docId());
      }
      claims.add(e, family);
    }
    for (AssessmentFact a : facts.assessments()) {
      assessments.add(a.mention(facts.docId(), facts.uri(), family, facts.published()));
    }
    documents++;
    return family;
  }

  /** Best supported first: independent sources, then documents, then status, then id. */
  public static final Comparator<Claim> BEST_SUPPORTED =
      Comparator.comparingInt(Claim::independentSources)
          .reversed()
          .thenComparing(Comparator.comparingInt(Claim::documents).reversed())
          .thenComparing(Claim::status)
          .thenComparing(Claim::claimId);

  /** Most voiced first: independent sources, then documents, then id. */
  public static final Comparator<Assessment> MOST_VOICED =
      Comparator.comparingInt(Assessment::independentSources)
          .reversed()
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

  /** Documents added, a document added twice (same id) counted twice. */
  public long documents() {
    return documents;
  }

  public int families() {
    return families.families();
  }

  /**
   * The family of a document added before: it can change as later documents join.
   *
   * @throws IllegalArgumentException if no document with this id was added
   */
  public String familyOf(String docId) {
    return families.familyOf(docId);
  }
}
