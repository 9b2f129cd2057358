package dev.dyad.core;

import dev.dyad.core.ingest.IngestOptions;
import java.util.Objects;

/**
 * Typed configuration for a {@link Pipeline}, built from command-line options. Grows a component
 * per stage as stages land.
 *
 * @param ingest how input is read
 */
public record PipelineConfig(IngestOptions ingest) {
  public static final PipelineConfig DEFAULTS = new PipelineConfig(IngestOptions.DEFAULTS);

  public PipelineConfig {
    Objects.requireNonNull(ingest, "ingest");
  }
}
