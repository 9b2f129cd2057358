package dev.dyad.core;

import dev.dyad.core.ingest.IngestOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed configuration for a {@link Pipeline}, built from command-line options. Grows a component
 * per stage as stages land.
 *
 * @param ingest how input is read
 * @param actors a user actor dictionary that adds to or overrides the built-in one
 */
public record PipelineConfig(IngestOptions ingest, Optional<Path> actors) {
  public static final PipelineConfig DEFAULTS =
      new PipelineConfig(IngestOptions.DEFAULTS, Optional.empty());

  public PipelineConfig {
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(actors, "actors");
  }

  public PipelineConfig(IngestOptions ingest) {
    this(ingest, Optional.empty());
  }
}
