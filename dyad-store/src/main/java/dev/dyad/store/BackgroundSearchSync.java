package dev.dyad.store;

import dev.dyad.store.search.SentenceIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.duckdb.DuckDBConnection;

/**
 * The search sync of an ingest ({@link SearchSync}) on its own thread and its own connection to the
 * database, so that it runs beside the claim rebuild: each is one thread's work, one reads texts
 * and the other events and facts, and neither needs the other. The sync reads committed documents
 * only, so the rebuild's open transaction does not concern it.
 */
final class BackgroundSearchSync {
  private final Path indexPath;
  private final FutureTask<Long> task;

  private BackgroundSearchSync(Path indexPath, FutureTask<Long> task) {
    this.indexPath = indexPath;
    this.task = task;
  }

  /** Starts syncing the index at {@code indexPath} with the database {@code c} is connected to. */
  static BackgroundSearchSync start(Connection c, Path indexPath) throws SQLException {
    Connection own = c.unwrap(DuckDBConnection.class).duplicate();
    FutureTask<Long> task =
        new FutureTask<>(
            () -> {
              long started = System.nanoTime();
              try (own;
                  SentenceIndex index = SentenceIndex.open(indexPath)) {
                SearchSync.sync(own, index);
              }
              return System.nanoTime() - started;
            });
    Thread t = new Thread(task, "dyad-search-sync");
    t.setDaemon(true);
    t.start();
    return new BackgroundSearchSync(indexPath, task);
  }

  /**
   * Waits for the sync and returns how long it took, in seconds.
   *
   * @throws StoreException if it failed
   */
  double await() {
    try {
      return task.get() / 1e9;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while updating the sentence index " + indexPath, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException || cause instanceof SQLException) {
        throw new StoreException(
            "updating the sentence index " + indexPath + " failed: " + cause.getMessage(), cause);
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Waits after {@code failure} elsewhere, which stays the one thrown; the sync's own failure is
   * added to it.
   */
  void awaitAfter(Exception failure) {
    try {
      await();
    } catch (RuntimeException | Error e) {
      failure.addSuppressed(e);
    }
  }
}
