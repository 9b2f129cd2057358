package dev.dyad.app;

import dev.dyad.store.StoreFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file a command writes ({@code --output}): never one of the store's own files, and never seen
 * half-written. The content goes to a temporary file beside it ({@code .NAME.RANDOM.part}), is
 * forced to disk and then moved over the target in one atomic rename: a reader, or the next run
 * after a kill, finds the old file whole or the new one whole. A kill can leave a {@code .part}
 * file behind, never a cut target.
 */
final class OutputFile {
  private OutputFile() {}

  /** Something that writes a file at a path that does not exist yet, and says how many rows. */
  interface Content {
    long writeTo(Path temp) throws IOException;
  }

  /** Something that writes rows of text and says how many. */
  interface Rows {
    long to(Writer out) throws IOException;
  }

  /**
   * Refuses an output path that is, or lies inside, a file or folder the store at {@code db} owns
   * (the database, its WAL, lock, spill folder or sentence index), or an existing folder.
   */
  static void refuseStoreFiles(Path output, Path db) {
    StoreFiles.clash(db, output)
        .ifPresent(
            owned -> {
              throw new Failures.UsageException(
                  "--output "
                      + output
                      + (owned.equals(db)
                          ? " is the store itself"
                          : " is or lies inside the store's " + owned.getFileName())
                      + "; writing there would destroy the store. Choose another path");
            });
    if (Files.isDirectory(output)) {
      throw new Failures.UsageException("--output " + output + " is a folder; give a file name");
    }
  }

  /** Writes text (UTF-8) through a temporary file and moves it into place. */
  static long writeText(Path output, Rows rows) throws IOException {
    return replace(
        output,
        temp -> {
          try (Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(
                      Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW),
                      StandardCharsets.UTF_8),
                  1 << 16)) {
            return rows.to(out);
          }
        });
  }

  /**
   * Has {@code content} write a temporary file beside {@code output}, forces it to disk and moves
   * it over {@code output}; on any failure the temporary file is deleted and {@code output} is as
   * it was.
   */
  static long replace(Path output, Content content) throws IOException {
    // Through a symbolic link, the file it points to is replaced, as writing to it would.
    Path target = Files.isSymbolicLink(output) ? output.toRealPath() : output;
    Path temp =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    Path folder = target.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new NoSuchFileException(output.toString(), null, "no such folder");
    }
    boolean moved = false;
    try {
      long rows = content.writeTo(temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        // Quirk: some file systems cannot rename atomically; a plain replace is the best left.
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return rows;
    } catch (FileSystemException e) {
      if (!temp.toString().equals(e.getFile())) {
        throw e;
      }
      // Name the file the user asked for, not the temporary one.
      throw new FileSystemException(
          output.toString(),
          null,
          "cannot write " + temp.getFileName() + " beside it: " + reason(e));
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static String reason(FileSystemException e) {
    if (e.getReason() != null) {
      return e.getReason();
    }
    return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
  }
}
