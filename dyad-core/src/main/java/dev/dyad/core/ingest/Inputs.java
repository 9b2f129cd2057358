package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line inputs into sources: files as given, directories walked depth first in sorted
 * order, one directory listing at a time.
 */
final class Inputs {
  private Inputs() {}

  static Stream<Source> sources(String input, Problems problems, InputProgress progress) {
    if (input.equals(Format.STDIN)) {
      return Stream.of(Source.stdin());
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      problems.fail(Code.UNREADABLE, input, "not a valid path: " + e.getReason());
      return Stream.empty();
    }
    if (Files.isDirectory(path)) {
      return walk(path, problems, progress);
    }
    if (!Files.exists(path)) {
      problems.fail(Code.UNREADABLE, input, "no such file or directory");
      return Stream.empty();
    }
    if (Format.of(input).isEmpty()) {
      problems.fail(Code.UNSUPPORTED, input, "Dyad reads " + Format.known() + " files");
      return Stream.empty();
    }
    return Stream.of(Source.file(path, input, progress));
  }

  /** Lazily: a directory is listed only when the walk reaches it. */
  static Stream<Source> walk(Path dir, Problems problems, InputProgress progress) {
    return Stream.of(dir)
        .flatMap(d -> listSorted(d, problems).stream())
        .flatMap(child -> visit(child, problems, progress));
  }

  private static Stream<Source> visit(Path child, Problems problems, InputProgress progress) {
    String name = child.getFileName().toString();
    // Hidden files and folders (.git, .DS_Store) are never corpus content.
    if (name.startsWith(".")) {
      problems.skip();
      return Stream.empty();
    }
    // Quirk: a symbolic link to a folder can loop; only real folders are walked.
    if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
      return walk(child, problems, progress);
    }
    if (Files.isDirectory(child) || Format.of(name).isEmpty()) {
      problems.skip();
      return Stream.empty();
    }
    return Stream.of(Source.file(child, child.toString(), progress));
  }

  private static List<Path> listSorted(Path dir, Problems problems) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.sorted().toList();
    } catch (IOException | RuntimeException e) {
      problems.fail(Failures.describe(e, dir.toString(), Code.UNREADABLE));
      return List.of();
    }
  }
}
