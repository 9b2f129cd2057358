/**
 * The embedded store: one DuckDB file with documents, sentences, events, claims and assessments.
 * Start at {@link dev.dyad.store.Store}; the design, the schema and the status of the work are in
 * {@code dyad-store/README.md}.
 */
package dev.dyad.store;
