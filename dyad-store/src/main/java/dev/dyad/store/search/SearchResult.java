package dev.dyad.store.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hits of one search, with what went wrong reading the query, if anything.
 *
 * @param hits best first
 * @param queryProblem why the query was not run as written (a syntax error, a query too long or too
 *     broad to run); it was then run as plain words, and the caller may show this to the user
 */
public record SearchResult(List<SentenceHit> hits, Optional<String> queryProblem) {
  public SearchResult {
    hits = List.copyOf(hits);
    Objects.requireNonNull(queryProblem, "queryProblem");
  }
}
