package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops web chrome and SEO notes with {@link ChromeFilter}; drops a reader might miss (SEO notes,
 * comment areas, captions) are warnings.
 */
final class DropChrome implements CleaningStep {

  @Override
  public Draft apply(Draft draft) {
    List<String> warnings = new ArrayList<>();
    List<Block> kept = ChromeFilter.apply(draft.blocks(), warnings);
    return draft.withBlocks(kept).warn(warnings);
  }
}
