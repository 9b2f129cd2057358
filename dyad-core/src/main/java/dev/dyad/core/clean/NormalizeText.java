package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import java.util.ArrayList;
import java.util.List;

/** Repairs the text of every block with {@link TextNormalizer}: mojibake, quotes, spaces. */
final class NormalizeText implements CleaningStep {

  @Override
  public Draft apply(Draft draft) {
    List<Block> repaired = new ArrayList<>(draft.blocks().size());
    for (Block b : draft.blocks()) {
      repaired.add(b.withText(TextNormalizer.normalize(b.text())));
    }
    return draft.withBlocks(repaired);
  }
}
