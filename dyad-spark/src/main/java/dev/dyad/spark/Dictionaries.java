package dev.dyad.spark;

import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.store.CoderVersion;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every executor needs to build the same pipeline as the driver, broadcast once: the user's
 * actor dictionary (its bytes, read on the driver, so executors need no access to the file), the
 * reading limits, and the coder version and dictionary hash that every row is stamped with.
 *
 * @param coderVersion dyad-core's version
 * @param hash the dictionary hash ({@link CoderVersion#dictionaryHash()}): built-in dictionaries
 *     plus the user's actor file
 * @param userActors the user's actor dictionary, or null
 * @param maxDocumentBytes the reading limit per document
 */
record Dictionaries(String coderVersion, String hash, byte[] userActors, long maxDocumentBytes)
    implements Serializable {

  /** Read on the driver. */
  static Dictionaries of(Optional<Path> userActors, long maxDocumentBytes) {
    CoderVersion coder = CoderVersion.of(userActors);
    byte[] bytes =
        userActors
            .map(
                p -> {
                  try {
                    return Files.readAllBytes(p);
                  } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the actor dictionary " + p, e);
                  }
                })
            .orElse(null);
    return new Dictionaries(coder.version(), coder.dictionaryHash(), bytes, maxDocumentBytes);
  }

  IngestOptions ingestOptions() {
    return new IngestOptions(maxDocumentBytes);
  }
}
