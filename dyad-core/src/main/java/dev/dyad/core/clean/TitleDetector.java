package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the headline of a plain-text article among the heading-like blocks before its body, and
 * removes it (and its repeats) from the blocks.
 */
public final class TitleDetector {

  /** The headline, if any, and the blocks without it. */
  public record Titled(Optional<String> title, List<Block> body) {
    public Titled {
      body = List.copyOf(body);
    }
  }

  /** Generic section names that open a body but never title it. */
  private static final Pattern SECTION_NAME =
      Pattern.compile(
          "(?:introduction|intro|overview|summary|background|abstract|contents|table of contents"
              + "|conclusion|faq|key points|highlights)",
          Pattern.CASE_INSENSITIVE);

  // Quirk: scraped headlines keep a stray closing quote ("…Security Risks\"").
  private static final Pattern STRAY_QUOTE =
      Pattern.compile("^[\"']+(?=[^\"']*$)|(?<=[^\"'\\s])[\"']+$");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:,][\"')\\]]?$");

  // Section bars in mastheads: "Northgate Strategic Review | Analysis".
  private static final Pattern MASTHEAD = Pattern.compile("\\s\\|\\s");
  static final int HEADLINE_WORDS = 5;
  static final int MIN_TITLE_WORDS = 2;
  static final int MAX_TITLE_WORDS = 25;

  private TitleDetector() {}

  /** The headline: a repeated or first title-like line before the body; empty when unsure. */
  public static Optional<String> detect(List<Block> blocks) {
    List<Block> lead = leadingBlocks(blocks);
    // A line repeated in the lead is the headline (content farms repeat it as keyword bait).
    for (Block block : lead) {
      long copies = lead.stream().filter(b -> sameText(b.text(), block.text())).count();
      if (copies > 1 && titleLike(block.text())) {
        return Optional.of(clean(block.text()));
      }
    }
    // Quirk: a masthead ("Longview History Desk") often stands above the headline; a headline
    // proper usually has five words or more, so prefer the first such line of the lead.
    Optional<String> first = Optional.empty();
    for (Block block : lead) {
      if (titleLike(block.text())) {
        if (WORD.matcher(clean(block.text())).results().count() >= HEADLINE_WORDS) {
          return Optional.of(clean(block.text()));
        }
        first = first.or(() -> Optional.of(clean(block.text())));
      } else if (!SECTION_NAME.matcher(block.text().strip()).matches()
          && !MASTHEAD.matcher(block.text()).find()) {
        break;
      }
    }
    return first;
  }

  /** Detects the headline and removes every copy of it from the blocks before the body. */
  public static Titled split(List<Block> blocks) {
    Optional<String> title = detect(blocks);
    if (title.isEmpty()) {
      return new Titled(title, blocks);
    }
    int leadSize = leadingBlocks(blocks).size();
    List<Block> body = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (i < leadSize && sameText(block.text(), title.get())) {
        continue;
      }
      body.add(block);
    }
    return new Titled(title, body);
  }

  /** The blocks before the first paragraph that reads like body text. */
  private static List<Block> leadingBlocks(List<Block> blocks) {
    List<Block> lead = new ArrayList<>();
    for (Block block : blocks) {
      if (block.kind() != Block.Kind.HEADING && !PlainTextExtractor.headingLike(block.text())) {
        break;
      }
      lead.add(block);
    }
    return lead;
  }

  private static boolean titleLike(String text) {
    String t = clean(text);
    long words = WORD.matcher(t).results().count();
    return words >= MIN_TITLE_WORDS
        && words <= MAX_TITLE_WORDS
        && !SENTENCE_END.matcher(t).find()
        && !MASTHEAD.matcher(t).find()
        && !SECTION_NAME.matcher(t).matches();
  }

  private static boolean sameText(String a, String b) {
    return key(a).equals(key(b));
  }

  private static String key(String text) {
    return clean(text).toLowerCase(Locale.ROOT);
  }

  private static String clean(String text) {
    return STRAY_QUOTE.matcher(text.strip()).replaceAll("").strip();
  }
}
