package dev.dyad.app.serve;

import dev.dyad.store.Store;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Lends one open store to the server's request threads. A {@link Store} is used by one thread, so
 * reads borrow one of a fixed set of readers (each its own connection to the same database); a
 * write takes the store itself with every reader shut out, so no read ever sees a half-written
 * batch, and bumps the {@linkplain #generation generation} that answers are cached under.
 */
public final class StoreAccess implements AutoCloseable {
  private final Store store;
  private final boolean writable;
  private final BlockingQueue<Store> readers;
  private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean closed;

  private StoreAccess(Store store, boolean writable, int readers) {
    this.store = store;
    this.writable = writable;
    this.readers = new ArrayBlockingQueue<>(readers);
    for (int i = 0; i < readers; i++) {
      this.readers.add(store.reader());
    }
  }

  /**
   * Access to {@code store}; {@code writable} when it was opened for writing and the server takes
   * writes (it is then the store's one writer).
   */
  public static StoreAccess of(Store store, boolean writable, int readers) {
    if (readers < 1) {
      throw new IllegalArgumentException("at least one reader, not " + readers);
    }
    return new StoreAccess(store, writable, readers);
  }

  /** Whether writes are taken. */
  public boolean writable() {
    return writable;
  }

  /** The store's file name (never its full path: answers do not reveal the machine's folders). */
  public String name() {
    return store.path().getFileName().toString();
  }

  /** Bumped by every write: a cached answer of an older generation is stale. */
  public long generation() {
    return generation.get();
  }

  /** Runs a read on a borrowed reader; waits while a write runs. */
  public <T> T read(Function<Store, T> read) {
    lock.readLock().lock();
    try {
      requireOpen();
      Store reader = readers.take();
      try {
        return read.apply(reader);
      } finally {
        readers.add(reader);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a store reader", e);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a write on the store alone: no read runs until it is done. */
  public <T> T write(Function<Store, T> write) {
    if (!writable) {
      throw new IllegalStateException("the store is open read-only");
    }
    lock.writeLock().lock();
    try {
      requireOpen();
      return write.apply(store);
    } finally {
      generation.incrementAndGet();
      lock.writeLock().unlock();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the server is stopping");
    }
  }

  /**
   * Waits for the running read or write, then checkpoints (a writer), closes the readers and the
   * store, which releases the writer lock.
   */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      readers.forEach(Store::close);
      readers.clear();
      if (writable) {
        store.checkpoint();
      }
      store.close();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
