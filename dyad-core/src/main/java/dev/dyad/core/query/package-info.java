/**
 * Questions over events, claims and assessments: which to select, as values ({@link
 * dev.dyad.core.query.EventQuery}, {@link dev.dyad.core.query.ClaimQuery}, {@link
 * dev.dyad.core.query.AssessmentQuery}) with the rule in memory ({@code matches}). A store
 * translates the same values into SQL and must select exactly what {@code matches} passes.
 */
package dev.dyad.core.query;
