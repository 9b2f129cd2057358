package dev.dyad.store;

import java.util.List;
import java.util.Objects;

/**
 * How to run an ingest.
 *
 * @param inputs the paths given, recorded with the run
 * @param batchSize documents per transaction: a crash loses at most this many
 * @param listener told after every document, on the thread that called ingest, for progress output
 * @param threads worker threads that clean and code documents while one thread writes them in input
 *     order; 1 does everything on the calling thread. The stored rows are the same for any number
 */
public record IngestSettings(
    List<String> inputs, int batchSize, IngestListener listener, int threads) {
  public static final int DEFAULT_BATCH = 200;

  /**
   * Documents read ahead of the writer per worker thread: enough to keep the workers busy while a
   * batch commits, few enough that memory stays a small multiple of the batch.
   */
  static final int IN_FLIGHT_PER_THREAD = 32;

  public IngestSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(listener, "listener");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
  }

  /** Settings with {@link #defaultThreads()} workers. */
  public IngestSettings(List<String> inputs, int batchSize, IngestListener listener) {
    this(inputs, batchSize, listener, defaultThreads());
  }

  public static IngestSettings of(List<String> inputs) {
    return new IngestSettings(inputs, DEFAULT_BATCH, p -> {});
  }

  /** One worker per available processor. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** These settings with {@code n} worker threads. */
  public IngestSettings withThreads(int n) {
    return new IngestSettings(inputs, batchSize, listener, n);
  }

  /** Documents read ahead of the writer at most. */
  int inFlight() {
    return threads * IN_FLIGHT_PER_THREAD;
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
  public record IngestProgress(
      long read, long stored, long alreadyStored, long events, long elapsedNanos) {
    /** Documents read per second. */
    public double rate() {
      return elapsedNanos == 0 ? 0 : read * 1e9 / elapsedNanos;
    }
  }
}
