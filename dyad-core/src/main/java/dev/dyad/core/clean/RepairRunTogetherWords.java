package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits words run together ("solidifymilitary") with {@link WordSegmenter}. Runs after {@link
 * DropChrome}, so that the document's own vocabulary (words it spells with spaces elsewhere) is
 * clean evidence.
 */
final class RepairRunTogetherWords implements CleaningStep {
  private final WordSegmenter segmenter = WordSegmenter.english();

  @Override
  public Draft apply(Draft draft) {
    List<Block> blocks = draft.blocks();
    Set<String> vocabulary =
        WordSegmenter.vocabulary(
            blocks.stream().map(Block::text).collect(Collectors.joining("\n")));
    List<Block> repaired = new ArrayList<>(blocks.size());
    int repairs = 0;
    for (Block block : blocks) {
      WordSegmenter.Repair repair = segmenter.repair(block.text(), vocabulary);
      repairs += repair.repairs();
      repaired.add(repair.repairs() == 0 ? block : block.withText(repair.text()));
    }
    Draft out = draft.withBlocks(repaired);
    return repairs == 0 ? out : out.warn(Warning.wordsRepaired(repairs));
  }
}
