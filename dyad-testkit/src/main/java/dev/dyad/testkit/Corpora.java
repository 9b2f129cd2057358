package dev.dyad.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the tests' corpora are: the sample corpus in the repository ({@code examples/corpus}) and
 * the shared corpus beside the checkout ({@code ../shared/corpus}), read in place and never copied.
 * A test that needs the shared corpus is skipped, with a message saying why, when it is absent.
 */
public final class Corpora {
  private Corpora() {}

  /**
   * The repository root. The build passes it as {@code dyad.root}; a test started elsewhere (an
   * IDE, a module folder) walks up from the working directory to the folder holding
   * examples/corpus.
   */
  public static Path root() {
    String given = System.getProperty("dyad.root");
    if (given != null) {
      return Path.of(given).toAbsolutePath().normalize();
    }
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples").resolve("corpus"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no repository root (a folder with pom.xml and examples/corpus) above " + start);
  }

  /** The sample corpus, {@code examples/corpus}: invented by us, always present. */
  public static Path examples() {
    return root().resolve("examples").resolve("corpus");
  }

  /** The {@code shared/corpus} folder beside the checkout (or beside a folder above it), if any. */
  public static Optional<Path> shared() {
    for (Path dir = root(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate.normalize());
      }
    }
    return Optional.empty();
  }

  /**
   * {@code ../shared/petrarch2}: PETRARCH-2's dictionaries and validation records (MIT), read in
   * place; skips the calling test when absent.
   */
  public static Path petrarch2() {
    Path dir = null;
    for (Path d = root(); d != null && dir == null; d = d.getParent()) {
      Path candidate = d.resolveSibling("shared").resolve("petrarch2");
      if (Files.isDirectory(candidate)) {
        dir = candidate.normalize();
      }
    }
    assumeTrue(
        dir != null,
        "skipped: ../shared/petrarch2 is absent beside this checkout;"
            + " these tests read PETRARCH-2's files in place");
    return dir;
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

  /** {@code ../shared/corpus/wikinews/wikinews.jsonl}; skips the calling test when absent. */
  public static Path wikinews() {
    Path file = require("wikinews").resolve("wikinews.jsonl");
    assumeTrue(Files.isRegularFile(file), () -> skipped("wikinews/wikinews.jsonl"));
    return file;
  }

  private static Path require(String name) {
    Path dir = shared().map(r -> r.resolve(name)).orElse(null);
    assumeTrue(dir != null && Files.isDirectory(dir), () -> skipped(name));
    return dir;
  }

  private static String skipped(String what) {
    return "skipped: ../shared/corpus/"
        + what
        + " is absent beside this checkout;"
        + " these tests read the shared corpus in place";
  }
}
