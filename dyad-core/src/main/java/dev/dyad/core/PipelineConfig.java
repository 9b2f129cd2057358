package dev.dyad.core;

import dev.dyad.core.dictionaries.DictionarySpec;
import dev.dyad.core.ingest.IngestOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed configuration for a {@link Pipeline}, built from command-line options. Grows a component
 * per stage as stages land.
 *
 * @param ingest how input is read
 * @param actors a user actor dictionary that adds to or overrides the dictionary set's actors
 * @param dictionaries the dictionary set to code with ({@code --dictionaries}; built-in by default)
 */
public record PipelineConfig(
    IngestOptions ingest, Optional<Path> actors, DictionarySpec dictionaries) {
  public static final PipelineConfig DEFAULTS =
      new PipelineConfig(IngestOptions.DEFAULTS, Optional.empty());

  public PipelineConfig {
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(dictionaries, "dictionaries");
  }

  /** With the built-in dictionaries. */
  public PipelineConfig(IngestOptions ingest, Optional<Path> actors) {
    this(ingest, actors, DictionarySpec.BUILTIN);
  }

  public PipelineConfig(IngestOptions ingest) {
    this(ingest, Optional.empty());
  }
}
