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
import java.util.stream.Collectors;

/**
 * Cleans one raw document: extract the main content as blocks, repair each block's text, find the
 * date (before chrome removal, since datelines are chrome), drop web chrome, find the title, repair
 * words run together, and split sentences. Stateless and thread-safe.
 */
public final class DocumentCleaner {
  private final ContentExtractor html = new HtmlExtractor();
  private final ContentExtractor plain = new PlainTextExtractor();
  private final ChromeFilter chrome = new ChromeFilter();
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
    blocks = chrome.apply(blocks, warnings);

    Optional<String> title = raw.title().or(extracted::title).map(TextNormalizer::normalize);
    TitleDetector.Result titled = TitleDetector.apply(blocks, title);
    blocks = titled.blocks();
    title = titled.title();

    blocks = segmenter.repair(blocks, warnings);

    List<Sentence> sentences = splitter.split(blocks);
    String text = blocks.stream().map(Block::text).collect(Collectors.joining(SentenceSplitter.BLOCK_SEPARATOR));
    if (sentences.isEmpty()) {
      warnings.add("no text left after cleaning");
    }
    return new Document(
        DocumentIds.of(text), raw.uri(), raw.origin(), title, published, text, sentences, warnings, raw.metadata());
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
