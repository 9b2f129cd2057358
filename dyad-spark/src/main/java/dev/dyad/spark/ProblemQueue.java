package dev.dyad.spark;

import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Problems;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/**
 * A task's {@link Problems}, whose errors wait here to be sent on as {@link Outcome}s between the
 * documents. One task's thread only.
 */
final class ProblemQueue {
  private final Deque<Problem> waiting = new ArrayDeque<>();
  private final Problems problems;

  ProblemQueue() {
    this(UnaryOperator.identity());
  }

  /** Errors rewritten by {@code where} (a Parquet row's origin) on their way. */
  ProblemQueue(UnaryOperator<String> where) {
    this.problems =
        new Problems(
            e ->
                waiting.add(
                    Problem.of(new DataError(e.code(), where.apply(e.where()), e.message()))));
  }

  Problems problems() {
    return problems;
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }

  Outcome next() {
    return Outcome.of(waiting.remove());
  }
}
