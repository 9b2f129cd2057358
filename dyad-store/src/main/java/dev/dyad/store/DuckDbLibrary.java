package dev.dyad.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * DuckDB's native library, loaded once before the first connection, without leaving 68 MB behind in
 * the temp folder.
 *
 * <p>The DuckDB JDBC driver unpacks its library from the jar into a new temp file ({@code
 * java.io.tmpdir/libduckdb_java*.so}) in every process and asks the JVM to delete it on exit, which
 * a killed process never does (27 kills left 1.8 GB). Here the library is loaded first, then the
 * process's own copy is deleted at once: on Linux and macOS a loaded library stays mapped after its
 * file is gone, so nothing is left to clean whatever ends the process. Copies left by older runs
 * (and other programs using the driver) are deleted when over an hour old, long after their process
 * mapped them. A temp folder that cannot be written is one clear {@link StoreException} instead of
 * the driver's stack trace.
 */
final class DuckDbLibrary {
  /** Older copies than this are stale: unpacking and loading take about a second. */
  static final Duration STALE = Duration.ofHours(1);

  private static final String PREFIX = "libduckdb_java";
  private static final String DRIVER_NATIVE = "org.duckdb.DuckDBNative";
  private static boolean loaded;

  private DuckDbLibrary() {}

  /** Loads the library if not yet loaded. */
  static synchronized void load() {
    if (loaded) {
      return;
    }
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    requireWritable(temp);
    deleteStaleCopies(temp, Instant.now().minus(STALE));
    try {
      Class.forName(DRIVER_NATIVE, true, DuckDbLibrary.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      throw new StoreException(
          "cannot load DuckDB's native library (unpacked into " + temp + "): " + rootCause(e), e);
    }
    loaded = true;
    ownCopy(temp).ifPresent(DuckDbLibrary::deleteQuietly);
  }

  private static void requireWritable(Path temp) {
    try {
      Files.delete(Files.createTempFile(temp, "dyad-probe", ".tmp"));
    } catch (IOException | RuntimeException e) {
      throw new StoreException(
          "the temp folder "
              + temp
              + " cannot be written ("
              + rootCause(e)
              + "): DuckDB unpacks its native library there; give Java a writable one, as in"
              + " DYAD_JAVA_OPTS=-Djava.io.tmpdir=DIR",
          e);
    }
  }

  /** Deletes the driver's copies in {@code temp} last modified before {@code cutoff}. */
  static int deleteStaleCopies(Path temp, Instant cutoff) {
    int deleted = 0;
    try (DirectoryStream<Path> copies = Files.newDirectoryStream(temp, PREFIX + "*.so")) {
      for (Path copy : copies) {
        FileTime modified = Files.getLastModifiedTime(copy);
        if (Files.isRegularFile(copy) && modified.toInstant().isBefore(cutoff)) {
          // Quirk: another user's copy cannot be deleted in a sticky /tmp; that is theirs to mind.
          deleted += deleteQuietly(copy) ? 1 : 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Cleaning up is a courtesy: a folder that cannot be listed must not stop the store.
    }
    return deleted;
  }

  /**
   * The copy this process has mapped, read from {@code /proc/self/maps} (Linux); empty elsewhere.
   */
  static Optional<Path> ownCopy(Path temp) {
    Path maps = Path.of("/proc/self/maps");
    if (!Files.isReadable(maps)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(maps);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Path folder = temp.toAbsolutePath().normalize();
    for (String line : lines) {
      int slash = line.indexOf('/');
      if (slash < 0) {
        continue;
      }
      // A deleted file is listed with " (deleted)" after its path.
      Path mapped = Path.of(line.substring(slash).replace(" (deleted)", ""));
      String name = mapped.getFileName().toString();
      if (name.startsWith(PREFIX) && name.endsWith(".so") && sameFolder(mapped, folder)) {
        return Optional.of(mapped);
      }
    }
    return Optional.empty();
  }

  private static boolean sameFolder(Path file, Path folder) {
    Path parent = file.getParent();
    if (parent == null) {
      return false;
    }
    try {
      return parent.equals(folder) || Files.isSameFile(parent, folder);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean deleteQuietly(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String rootCause(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
  }
}
