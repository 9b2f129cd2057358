package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Strips broken tag fragments ("strong >", "< li >") from every block with {@link TagFragments},
 * and drops the blocks left blank by the repairs so far.
 */
final class StripTagFragments implements CleaningStep {

  @Override
  public Draft apply(Draft draft) {
    List<Block> kept = new ArrayList<>(draft.blocks().size());
    for (Block b : draft.blocks()) {
      String t = TagFragments.strip(b.text());
      if (!t.isBlank()) {
        kept.add(b.withText(t));
      }
    }
    return draft.withBlocks(kept);
  }
}
