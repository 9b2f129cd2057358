package dev.dyad.spark;

import java.io.Serializable;

/**
 * One item of the reading and analysis stages: a document read, a document analysed, a data error,
 * or a count of inputs passed over. Exactly one part is set. Errors and counts travel with the
 * documents rather than in accumulators, which a retried task would count twice.
 */
record Outcome(RawRecord raw, Analyzed analyzed, Problem problem, long skipped)
    implements Serializable {

  static Outcome of(RawRecord raw) {
    return new Outcome(raw, null, null, 0);
  }

  static Outcome of(Analyzed analyzed) {
    return new Outcome(null, analyzed, null, 0);
  }

  static Outcome of(Problem problem) {
    return new Outcome(null, null, problem, 0);
  }

  static Outcome skipped(long n) {
    return new Outcome(null, null, null, n);
  }

  boolean isRaw() {
    return raw != null;
  }

  boolean isAnalyzed() {
    return analyzed != null;
  }

  boolean isProblem() {
    return problem != null;
  }
}
