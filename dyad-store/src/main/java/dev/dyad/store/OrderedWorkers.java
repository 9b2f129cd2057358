package dev.dyad.store;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps the items of a sequential source on worker threads and hands the results to the calling
 * thread in input order. The calling thread reads the source (a lazy stream need not be
 * thread-safe) and consumes the results (one writer, so rows go in as one thread would write them);
 * at most {@code inFlight} items are read ahead of the consumer, which bounds memory.
 *
 * <p>Failures keep single-threaded semantics: when the source throws, every item read before it is
 * still consumed, then the failure is rethrown; a failure of the work on one item is rethrown when
 * that item's turn comes, after the items before it were consumed.
 */
final class OrderedWorkers {
  /** What the calling thread does with each result, in input order. */
  interface Sink<R> {
    void accept(R result) throws SQLException;
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  private OrderedWorkers() {}

  /**
   * Runs {@code work} over {@code source} on {@code threads} threads (on the calling thread alone
   * when 1) and gives every result to {@code sink}, in the source's order.
   */
  static <T, R> void run(
      Iterator<T> source, int threads, int inFlight, Function<T, R> work, Sink<R> sink)
      throws SQLException {
    if (threads < 1 || inFlight < 1) {
      throw new IllegalArgumentException(
          "threads and inFlight must be positive: " + threads + ", " + inFlight);
    }
    if (threads == 1) {
      while (source.hasNext()) {
        sink.accept(work.apply(source.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    try {
      while (true) {
        T item;
        try {
          if (!source.hasNext()) {
            break;
          }
          item = source.next();
        } catch (RuntimeException | Error e) {
          // What was read before the failure is consumed, as one thread would have consumed it.
          try {
            drain(pending, sink);
          } catch (SQLException | RuntimeException | Error later) {
            e.addSuppressed(later);
          }
          throw e;
        }
        pending.add(pool.submit(() -> work.apply(item)));
        if (pending.size() >= inFlight) {
          sink.accept(result(pending.poll()));
        }
      }
      drain(pending, sink);
    } finally {
      // Work still queued after a failure is of no use; running work finishes on its own.
      pool.shutdownNow();
    }
  }

  private static <R> void drain(ArrayDeque<Future<R>> pending, Sink<R> sink) throws SQLException {
    while (!pending.isEmpty()) {
      sink.accept(result(pending.poll()));
    }
  }

  private static <R> R result(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemons() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return r -> {
      // Daemons: a worker left behind by a failure must never keep the JVM alive.
      Thread t = new Thread(r, "dyad-ingest-" + pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
