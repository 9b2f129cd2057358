package dev.dyad.spark;

import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.store.CoderVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The pipeline and analyzer of this executor, built once per JVM from the broadcast {@link
 * Dictionaries} and shared by every task (both are thread-safe): building one loads the
 * dictionaries, patterns and tagger models, which costs seconds.
 */
final class Analyzers {
  /** One executor's pipeline, for one set of dictionaries. */
  record Loaded(String hash, Pipeline pipeline, DocumentAnalyzer analyzer) {
    ActorDictionary dictionary() {
      return pipeline.dictionary();
    }
  }

  private static Loaded loaded;

  private Analyzers() {}

  /** This executor's pipeline for {@code dictionaries}, built on first use. */
  static synchronized Loaded get(Dictionaries dictionaries) {
    if (loaded == null || !loaded.hash().equals(dictionaries.hash())) {
      loaded = load(dictionaries);
    }
    return loaded;
  }

  private static Loaded load(Dictionaries d) {
    Optional<Path> actors = Optional.empty();
    Path dir;
    try {
      dir = Files.createTempDirectory("dyad-dictionaries");
      if (d.userActors() != null) {
        Path file = dir.resolve("user-actors.txt");
        Files.write(file, d.userActors());
        actors = Optional.of(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the broadcast actor dictionary", e);
    }
    // The built-in dictionaries come from this executor's jar: a different jar would code
    // differently while stamping the driver's hash on its rows, so it is refused.
    String here = CoderVersion.of(actors).dictionaryHash();
    if (!here.equals(d.coderHash())) {
      throw new IllegalStateException(
          "this executor's Dyad dictionaries (hash "
              + here
              + ") differ from the driver's ("
              + d.coderHash()
              + "): run the same dyad-spark jar on every node");
    }
    Pipeline pipeline =
        Pipeline.standard(new PipelineConfig(d.ingestOptions(), actors, d.localSpec(dir)));
    String set = pipeline.dictionaries().hash();
    if (!set.equals(d.setHash())) {
      throw new IllegalStateException(
          "the dictionary set rebuilt on this executor (hash "
              + set
              + ") differs from the driver's "
              + d.spec()
              + " ("
              + d.setHash()
              + ")");
    }
    deleteTree(dir);
    return new Loaded(d.hash(), pipeline, new DocumentAnalyzer(pipeline));
  }

  /** The files are read into the pipeline once it is built; what is left on disk goes. */
  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is no failure.
    }
  }
}
