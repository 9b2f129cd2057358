package dev.dyad.core.text;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Sentence;
import java.util.List;

/** Splits cleaned blocks into sentences. */
public interface SentenceSplitter {

  /** The separator between blocks in {@link dev.dyad.core.model.Document#text()}. */
  String BLOCK_SEPARATOR = "\n\n";

  /**
   * Splits every block into sentences. A sentence never crosses a block boundary, so a heading is
   * always a sentence of its own. Offsets refer to the blocks' texts joined with {@link
   * #BLOCK_SEPARATOR}.
   */
  List<Sentence> split(List<Block> blocks);
}
