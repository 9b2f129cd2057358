package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.text.SentenceSplitter;
import dev.dyad.core.text.Sentences;
import dev.dyad.core.time.PublicationDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cleans one raw document: extract the main content as blocks, repair each block's text, find the
 * date (before chrome removal, since datelines are chrome), drop web chrome, find the title, repair
 * words run together, and split sentences. Stateless and thread-safe.
 */
public final class DocumentCleaner {
  private final ContentExtractor html = new HtmlExtractor();
  private final ContentExtractor plain = new PlainTextExtractor();
  private final WordSegmenter segmenter = WordSegmenter.english();
  private final SentenceSplitter splitter = new Sentences();

  /** The cleaning steps in order, one per line. */
  public String describe() {
    return String.join(
        "\n",
        "extract " + HtmlExtractor.class.getSimpleName() + " | " + PlainTextExtractor.class.getSimpleName(),
        "repair  " + TextNormalizer.class.getSimpleName() + ", " + TagFragments.class.getSimpleName(),
        "date    " + PublicationDates.class.getSimpleName(),
        "chrome  " + ChromeFilter.class.getSimpleName(),
        "title   " + TitleDetector.class.getSimpleName(),
        "words   " + WordSegmenter.class.getSimpleName(),
        "split   " + splitter.getClass().getSimpleName());
  }

  public Document clean(RawDocument raw) {
    List<String> warnings = new ArrayList<>();
    String encoding = raw.metadata().get("encoding");
    if (encoding != null && encoding.contains("fallback")) {
      warnings.add("the bytes were not valid UTF-8; read as " + encoding);
    }
    // Set by dev.dyad.core.ingest when decoding replaced bytes by U+FFFD (lenient decoding).
    String undecodable = raw.metadata().get("undecodable-bytes");
    if (undecodable != null) {
      warnings.add(undecodable + " undecodable byte" + (undecodable.equals("1") ? " was" : "s were") + " replaced by U+FFFD");
    }
    Extracted extracted = (raw.type() == ContentType.HTML ? html : plain).extract(raw);
    warnings.addAll(extracted.warnings());

    List<Block> blocks = repair(extracted.blocks());
    PublicationDate published =
        PublicationDates.find(raw.published().or(extracted::published), blocks);
    if (published.isAmbiguous()) {
      warnings.add(
          "publication date \"" + published.evidence() + "\" is ambiguous: "
              + published.alternatives().stream().map(LocalDate::toString).collect(Collectors.joining(" or ")));
    }
    blocks = ChromeFilter.apply(blocks, warnings);

    Optional<String> title = raw.title().or(extracted::title).map(TextNormalizer::normalize);
    if (title.isPresent()) {
      blocks = withoutRepeatsOf(title.get(), blocks);
    } else {
      TitleDetector.Titled titled = TitleDetector.split(blocks);
      blocks = titled.body();
      title = titled.title();
    }

    blocks = repairRunTogetherWords(blocks, warnings);

    List<Sentence> sentences = splitter.split(blocks);
    String text = blocks.stream().map(Block::text).collect(Collectors.joining(SentenceSplitter.BLOCK_SEPARATOR));
    if (sentences.isEmpty()) {
      warnings.add("no text left after cleaning");
    }
    return new Document(
        DocumentIds.of(text), raw.uri(), raw.origin(), title, published, text, sentences, warnings, raw.metadata());
  }

  private List<Block> repairRunTogetherWords(List<Block> blocks, List<String> warnings) {
    Set<String> vocabulary =
        WordSegmenter.vocabulary(blocks.stream().map(Block::text).collect(Collectors.joining("\n")));
    List<Block> repaired = new ArrayList<>(blocks.size());
    int repairs = 0;
    for (Block block : blocks) {
      WordSegmenter.Repair repair = segmenter.repair(block.text(), vocabulary);
      repairs += repair.repairs();
      repaired.add(repair.repairs() == 0 ? block : block.withText(repair.text()));
    }
    if (repairs > 0) {
      warnings.add("repaired " + repairs + " run-together word" + (repairs == 1 ? "" : "s"));
    }
    return repaired;
  }

  /** The body without blocks that only repeat the headline (plain text often prints it twice). */
  private static List<Block> withoutRepeatsOf(String title, List<Block> blocks) {
    String key = DocumentIds.normalise(title);
    return blocks.stream()
        .filter(b -> b.text().length() > title.length() * 2 || !DocumentIds.normalise(b.text()).equals(key))
        .toList();
  }

  private static List<Block> repair(List<Block> blocks) {
    List<Block> repaired = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      String t = TagFragments.strip(TextNormalizer.normalize(b.text()));
      if (!t.isBlank()) {
        repaired.add(b.withText(t));
      }
    }
    return repaired;
  }
}
