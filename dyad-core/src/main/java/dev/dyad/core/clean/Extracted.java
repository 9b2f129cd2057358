package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Warning;
import java.util.List;
import java.util.Optional;

/**
 * What an extractor found in a body.
 *
 * @param blocks the main content, in reading order
 * @param title a title found in the body's own metadata ({@code <title>}, Open Graph), if any
 * @param published a date string found in the body's metadata, as written, if any
 * @param warnings what a reader should know about the extraction
 */
public record Extracted(
    List<Block> blocks,
    Optional<String> title,
    Optional<String> published,
    List<Warning> warnings) {
  public Extracted {
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
  }

  public static Extracted of(List<Block> blocks) {
    return new Extracted(blocks, Optional.empty(), Optional.empty(), List.of());
  }
}
