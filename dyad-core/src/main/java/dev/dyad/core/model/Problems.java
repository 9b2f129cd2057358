package dev.dyad.core.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Collects what went wrong in a batch: each data error is passed on at once (so a user sees it when
 * it happens) and counted by code for the closing summary. Thread-safe.
 */
public final class Problems {
  private final Consumer<DataError> listener;
  private final Map<DataError.Code, AtomicLong> failures = new EnumMap<>(DataError.Code.class);
  private final AtomicLong skipped = new AtomicLong();

  public Problems(Consumer<DataError> listener) {
    this.listener = listener;
    for (DataError.Code code : DataError.Code.values()) {
      failures.put(code, new AtomicLong());
    }
  }

  /** A collector that only counts. */
  public static Problems counting() {
    return new Problems(e -> {});
  }

  /** An input failed: it could not be read as a document. */
  public void fail(DataError error) {
    failures.get(error.code()).incrementAndGet();
    listener.accept(error);
  }

  /** Shorthand for {@link #fail(DataError)}. */
  public void fail(DataError.Code code, String where, String message) {
    fail(new DataError(code, where, message));
  }

  /** An input was passed over on purpose (a file type Dyad does not read, an empty record). */
  public void skip() {
    skipped.incrementAndGet();
  }

  public long failed() {
    return failures.values().stream().mapToLong(AtomicLong::get).sum();
  }

  public long failed(DataError.Code code) {
    return failures.get(code).get();
  }

  public long skipped() {
    return skipped.get();
  }

  /** Failure counts by code, only codes that occurred. */
  public Map<DataError.Code, Long> failuresByCode() {
    Map<DataError.Code, Long> counts = new EnumMap<>(DataError.Code.class);
    failures.forEach(
        (code, n) -> {
          if (n.get() > 0) {
            counts.put(code, n.get());
          }
        });
    return counts;
  }
}
