package dev.dyad.store;

import dev.dyad.store.search.SentenceIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files and folders a store owns beside its DuckDB file {@code X}: {@code X} itself, its
 * write-ahead log {@code X.wal}, the writer lock {@code X.lock}, DuckDB's spill folder {@code
 * X.tmp} and the sentence index {@code X.lucene}. Nothing else may write to them: {@link #clash}
 * tells a command that was asked to.
 */
public final class StoreFiles {
  private StoreFiles() {}

  /** The paths the store at {@code db} owns, the database first. */
  public static List<Path> of(Path db) {
    String name = db.getFileName().toString();
    return List.of(
        db,
        db.resolveSibling(name + ".wal"),
        WriterLock.lockFile(db),
        db.resolveSibling(name + ".tmp"),
        SentenceIndex.besideDatabase(db));
  }

  /**
   * The store path that writing {@code file} would overwrite or write inside, if any. Paths are
   * compared after resolving links, {@code ..} and the working folder, so a symbolic or hard link
   * to the store is caught too.
   */
  public static Optional<Path> clash(Path db, Path file) {
    Path target = canonical(file);
    for (Path owned : of(db)) {
      Path real = canonical(owned);
      if (target.startsWith(real) || sameFile(file, owned)) {
        return Optional.of(owned);
      }
    }
    return Optional.empty();
  }

  /**
   * The absolute, normalised path with its longest existing part resolved to the real path (links
   * followed); the part that does not exist yet is appended as written.
   */
  static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute; // cannot resolve: compare as written
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
