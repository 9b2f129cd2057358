/**
 * Questions over the stored claims: who is most active ({@link
 * dev.dyad.store.analytics.Analytics#actors}), which pairs ({@link
 * dev.dyad.store.analytics.Analytics#dyads}), how a dyad moved over time ({@link
 * dev.dyad.store.analytics.Analytics#timeline}) and the actor network ({@link
 * dev.dyad.store.analytics.Analytics#network}). Start at {@link
 * dev.dyad.store.analytics.Analytics}.
 *
 * <p>Every number counts claims (events already merged across their reports), never raw mentions,
 * and the cooperation–conflict balance weighs each claim by its status and independent sources
 * ({@link dev.dyad.report.analytics.ClaimWeights}), so speculation is never counted as fact.
 * Counting is pushed into SQL where the answer is small (rankings, network edges); the claims a
 * question needs are read as light rows (no sentences) otherwise.
 */
package dev.dyad.store.analytics;
