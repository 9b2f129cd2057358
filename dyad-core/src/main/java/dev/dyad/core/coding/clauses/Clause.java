package dev.dyad.core.coding.clauses;

/**
 * A clause of a sentence. Its tokens need not be contiguous: a main clause resumes after an
 * embedded relative clause or an opening condition.
 *
 * @param id index in {@link Clauses#all()}
 * @param kind what it is to the sentence
 * @param parent the clause it is embedded in, or -1 for a top-level clause
 * @param opener the token that opened it (the subordinator, the comma before a frame), or -1
 */
public record Clause(int id, ClauseKind kind, int parent, int opener) {}
