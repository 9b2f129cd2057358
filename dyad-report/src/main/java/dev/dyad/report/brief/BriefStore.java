package dev.dyad.report.brief;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.ClaimDate;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.Timeline;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a brief reads of a store, and all it reads: claims and assessments by query, the articles
 * about its subject, and the store's claim dates and dyad timelines (so that the brief agrees with
 * {@code dyad timeline}). The store implements it; the brief never sees the database.
 */
public interface BriefStore {
  /** Claims passing {@code query}, best supported first. */
  List<Claim> claims(ClaimQuery query);

  /** Assessments passing {@code query}, most voiced first. */
  List<Assessment> assessments(AssessmentQuery query);

  /** Ids of the claims that only tell of the past (every mention coded historical). */
  Set<String> historicalClaims();

  /**
   * Articles about any of these actors (an event with one of them on either side, or an assessment
   * naming one; code prefixes), every article when none are given; in the order they were stored.
   */
  List<StoredDocument> documentsAbout(List<String> codes);

  /**
   * Where each of these claims is placed in time by the store's claim-date rule; unplaced ones are
   * absent.
   */
  Map<String, ClaimDate> claimDates(Collection<String> claimIds);

  /**
   * The claims between {@code a} and {@code b}, period by period, as {@code dyad timeline} counts
   * them.
   */
  Timeline timeline(
      String a, String b, Period by, Optional<LocalDate> since, Optional<LocalDate> until);
}
