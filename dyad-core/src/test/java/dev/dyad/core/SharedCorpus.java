package dev.dyad.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the shared corpus that sits beside the checkout ({@code ../shared/corpus}), read in place
 * and never copied. A test that needs it is skipped, with a message saying why, when it is absent.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The {@code shared/corpus} folder, or empty when this checkout has none beside it. */
  public static java.util.Optional<Path> root() {
    // The build passes the repository root; a run from inside a module walks up to find it.
    String given = System.getProperty("dyad.root");
    Path start = Path.of(given != null ? given : System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return java.util.Optional.of(candidate.normalize());
      }
    }
    return java.util.Optional.empty();
  }

  /** {@code ../shared/corpus/seeds}; skips the calling test when absent. */
  public static Path seeds() {
    return require("seeds");
  }

  /** The seed file whose name starts with {@code prefix} ("000", "001"…); skips when absent. */
  public static Path seed(String prefix) {
    try (Stream<Path> files = Files.list(seeds())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed file starts with " + prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code ../shared/corpus/wikinews/wikinews.jsonl}; skips when absent. */
  public static Path wikinews() {
    return require("wikinews").resolve("wikinews.jsonl");
  }

  private static Path require(String name) {
    Path dir = root().map(r -> r.resolve(name)).orElse(null);
    assumeTrue(
        dir != null && Files.isDirectory(dir),
        "skipped: ../shared/corpus/" + name + " is absent beside this checkout;"
            + " these tests read the shared corpus in place");
    return dir;
  }
}
