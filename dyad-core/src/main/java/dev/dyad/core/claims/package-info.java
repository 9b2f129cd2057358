/**
 * Claims: source families, claims merged across reports, assessments.
 *
 * <p>{@link dev.dyad.core.claims.SourceFamilies} groups a syndicated or lightly edited copy of an
 * article with its original, so that a copy is not counted as a second, independent source.
 */
package dev.dyad.core.claims;
