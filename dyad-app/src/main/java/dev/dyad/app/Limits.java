package dev.dyad.app;

/** The checks of a {@code --limit} option. */
final class Limits {
  private Limits() {}

  static void requirePositive(int limit) {
    if (limit < 1) {
      throw new Failures.UsageException("--limit must be at least 1, not " + limit);
    }
  }
}
