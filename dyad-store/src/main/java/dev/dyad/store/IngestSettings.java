package dev.dyad.store;

import java.util.List;
import java.util.Objects;

/**
 * How to run an ingest.
 *
 * @param inputs the paths given, recorded with the run
 * @param batchSize documents per transaction: a crash loses at most this many
 * @param listener told after every document, for progress output
 */
public record IngestSettings(List<String> inputs, int batchSize, IngestListener listener) {
  public static final int DEFAULT_BATCH = 200;

  public IngestSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(listener, "listener");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
  }

  public static IngestSettings of(List<String> inputs) {
    return new IngestSettings(inputs, DEFAULT_BATCH, p -> {});
  }

  /** Progress of a running ingest. */
  @FunctionalInterface
  public interface IngestListener {
    void progress(IngestProgress progress);
  }

  /**
   * Counts so far.
   *
   * @param read cleaned documents read from the inputs
   * @param stored new documents written (committed or in the open batch)
   * @param alreadyStored documents whose id the store already had (or an earlier copy in this run)
   * @param events events coded from the new documents
   * @param elapsedNanos since the run started
   */
  public record IngestProgress(long read, long stored, long alreadyStored, long events, long elapsedNanos) {
    /** Documents read per second. */
    public double rate() {
      return elapsedNanos == 0 ? 0 : read * 1e9 / elapsedNanos;
    }
  }
}
