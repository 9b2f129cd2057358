package dev.dyad.store.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared/corpus} beside the repository root, read in place and never copied.
 * (dyad-core has the same helper in its test sources, which this module cannot see.)
 */
public final class SharedCorpusLocator {
  private SharedCorpusLocator() {}

  /** {@code ../shared/corpus/seeds}; skips the calling test when absent. */
  public static Path seeds() {
    Path dir = SampleCorpus.repositoryRoot().resolveSibling("shared").resolve("corpus").resolve("seeds");
    assumeTrue(Files.isDirectory(dir), "skipped: ../shared/corpus/seeds is absent beside this checkout");
    return dir;
  }

  /** {@code ../shared/corpus/wikinews/wikinews.jsonl}; skips the calling test when absent. */
  public static Path wikinews() {
    Path shared = SampleCorpus.repositoryRoot().resolveSibling("shared").resolve("corpus");
    Path file = shared.resolve("wikinews").resolve("wikinews.jsonl");
    assumeTrue(
        Files.isRegularFile(file),
        "skipped: ../shared/corpus/wikinews/wikinews.jsonl is absent beside this checkout;"
            + " tests of it read the shared corpus in place");
    return file;
  }
}
