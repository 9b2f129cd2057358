package dev.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one-writer lock: an OS lock on {@code <db>.lock} next to the database. DuckDB itself lets one
 * process write, but its refusal names no one; this lock is taken first, and the holder writes its
 * pid and command into the file so a second writer can say who is in the way. The OS drops the lock
 * when the holder dies (even by kill -9), so a stale file never blocks anyone.
 */
final class WriterLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static Path lockFile(Path db) {
    return db.resolveSibling(db.getFileName() + ".lock");
  }

  /**
   * Takes the lock for {@code command} or fails with {@link StoreLockedException} naming the
   * holder.
   */
  static WriterLock acquire(Path db, String command) {
    Path file = lockFile(db);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very JVM: as much a conflict as another process
      }
      if (lock == null) {
        channel.close();
        throw new StoreLockedException(db, holder(db));
      }
      String who =
          "pid "
              + ProcessHandle.current().pid()
              + ", "
              + command
              + ", since "
              + Instant.now()
              + "\n";
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new WriterLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + file, e);
    }
  }

  /** Who holds the lock, as its holder wrote it, or null when the lock is free. */
  static String holderIfLocked(Path db) {
    Path file = lockFile(db);
    if (!Files.exists(file)) {
      return null;
    }
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock probe;
      try {
        probe = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        return holder(db);
      }
      if (probe != null) {
        probe.release();
        return null;
      }
      return holder(db);
    } catch (IOException e) {
      return null; // cannot tell; DuckDB will refuse on its own if someone writes
    }
  }

  private static String holder(Path db) {
    try {
      String text = Files.readString(lockFile(db), StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "an unknown process" : text;
    } catch (IOException e) {
      return "an unknown process";
    }
  }

  @Override
  public void close() {
    try {
      // Empty the file first so nobody reads a finished writer's name as the holder.
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      // The lock goes with the channel anyway.
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing to do
      }
    }
  }
}
