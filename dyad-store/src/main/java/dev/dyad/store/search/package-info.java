/**
 * Full-text search over sentences, on Lucene 9.12 (DuckDB's full-text extension cannot be installed
 * where Dyad runs, and Lucene 10 needs Java 21).
 *
 * <p>{@link dev.dyad.store.search.SentenceIndex} is the entry point: one Lucene document per
 * sentence, English analysis, a forgiving user query syntax and thread-safe reads. The index lives
 * in a folder beside the DuckDB database ({@code <db path>.lucene/}).
 */
package dev.dyad.store.search;
