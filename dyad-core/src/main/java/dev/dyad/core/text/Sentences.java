package dev.dyad.core.text;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The default {@link SentenceSplitter}: the OpenNLP English sentence model corrected by rules for
 * news text. Abbreviations, initials, numbers and list numbers never end a sentence when the next
 * word continues it; a closing quote stays with its sentence; a short Title-Case label before a
 * colon ("Mutual Isolation: Both…") becomes a sentence of kind {@link Block.Kind#HEADING}; a run-on
 * sentence over 1,000 characters is cut at a safe place.
 *
 * <p>Thread-safe: the model is loaded once per JVM, on first use, and each thread gets its own
 * OpenNLP detector (a {@link ThreadLocal}), so one instance can be shared by all stages.
 */
public final class Sentences implements SentenceSplitter {

  private final Breaks breaks;

  /** A splitter backed by the OpenNLP English sentence model. */
  public Sentences() {
    this(new OpenNlpBreakDetector());
  }

  Sentences(BreakDetector detector) {
    this.breaks = new Breaks(Objects.requireNonNull(detector, "detector"));
  }

  @Override
  public List<Sentence> split(List<Block> blocks) {
    Collector out = new Collector();
    int offset = 0;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      out.block(b, offset, block.text());
      if (block.kind() == Block.Kind.HEADING) {
        out.add(0, block.text().length(), Block.Kind.HEADING);
      } else {
        splitBody(block, out);
      }
      offset += block.text().length() + BLOCK_SEPARATOR.length();
    }
    return List.copyOf(out.sentences);
  }

  private void splitBody(Block block, Collector out) {
    String text = block.text();
    int from = 0;
    int label = Labels.end(text, 0, text.length());
    if (label > 0) {
      out.add(0, label, Block.Kind.HEADING);
      from = label;
    }
    int start = from;
    for (int cut : breaks.in(text, from, text.length())) {
      out.addLong(start, cut, block.kind());
      start = cut;
    }
    out.addLong(start, text.length(), block.kind());
  }

  /** Trims pieces of the current block and numbers them as sentences of the document. */
  private static final class Collector {
    final List<Sentence> sentences = new ArrayList<>();
    private int block;
    private int offset;
    private String text;

    void block(int index, int blockOffset, String blockText) {
      this.block = index;
      this.offset = blockOffset;
      this.text = blockText;
    }

    /** Adds {@code text[from, to)}, cut first if it is a run-on. */
    void addLong(int from, int to, Block.Kind kind) {
      int start = Chars.skipSpaces(text, from, to);
      int end = Chars.trimEnd(text, start, to);
      for (int cut : LongSentences.cuts(text, start, end)) {
        add(start, cut, kind);
        start = cut;
      }
      add(start, end, kind);
    }

    /** Adds the trimmed {@code text[from, to)} unless it is blank. */
    void add(int from, int to, Block.Kind kind) {
      int start = Chars.skipSpaces(text, from, to);
      int end = Chars.trimEnd(text, start, to);
      if (start < end) {
        sentences.add(
            new Sentence(
                sentences.size(),
                text.substring(start, end),
                offset + start,
                offset + end,
                block,
                kind));
      }
    }
  }
}
