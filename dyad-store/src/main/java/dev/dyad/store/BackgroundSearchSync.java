package dev.dyad.store;

import dev.dyad.store.search.SentenceIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
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

  /**
   * Starts syncing the index at {@code indexPath} with the database {@code c} is connected to. An
   * index that cannot be opened or read (damaged, truncated, half deleted) is deleted and rebuilt
   * from the store, and {@code notices} is told so: it is derived data, and a damaged index must
   * not fail every later ingest.
   */
  static BackgroundSearchSync start(Connection c, Path indexPath, Consumer<String> notices)
      throws SQLException {
    Connection own = c.unwrap(DuckDBConnection.class).duplicate();
    FutureTask<Long> task =
        new FutureTask<>(
            () -> {
              long started = System.nanoTime();
              try (own) {
                try {
                  sync(own, indexPath);
                } catch (LockObtainFailedException e) {
                  throw e;
                } catch (IOException e) {
                  notices.accept(
                      "the sentence index "
                          + indexPath
                          + " was damaged ("
                          + e
                          + "); rebuilt it from the store");
                  deleteIndex(indexPath);
                  sync(own, indexPath);
                }
              }
              return System.nanoTime() - started;
            });
    Thread t = new Thread(task, "dyad-search-sync");
    t.setDaemon(true);
    t.start();
    return new BackgroundSearchSync(indexPath, task);
  }

  private static void sync(Connection c, Path indexPath) throws IOException, SQLException {
    try (SentenceIndex index = SentenceIndex.open(indexPath)) {
      SearchSync.sync(c, index);
    }
  }

  /** Deletes the index folder, which holds Lucene's files only. */
  private static void deleteIndex(Path indexPath) throws IOException {
    if (!Files.isDirectory(indexPath)) {
      Files.deleteIfExists(indexPath);
      return;
    }
    try (Stream<Path> files = Files.walk(indexPath)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
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
