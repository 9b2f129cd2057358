package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Warning;
import dev.dyad.core.time.DateMatch;
import dev.dyad.core.time.PublicationDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops web page chrome from a document's blocks: navigation and widget lines, SEO production
 * notes, comment sections at the end, reading-time lines, Wikinews datelines, banners and image
 * captions. A block is only dropped when the whole of it matches, so body sentences survive.
 */
public final class ChromeFilter {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Lines that are chrome wherever they stand. */
  private static final Pattern CHROME_LINE =
      Pattern.compile(
          "(?:close|menu|search|home|share|share this(?: article| story)?:?|hot posts|popular posts"
              + "|recent posts|advertisement|sponsored|skip to (?:main )?content|read more"
              + "|\\d+/recent/ticker-posts|\\d+ min(?:ute)?s? read\\b.{0,40}"
              + "|[^\\p{L}\\p{N}]{1,10})",
          FLAGS);

  /** Lines that open the comment or related-posts area at the end of a page. */
  private static final Pattern TAIL_START =
      Pattern.compile(
          "(?:post a comment|leave a (?:comment|reply)|\\d+ comments?|no comments|comments"
              + "|related posts|related articles|you may also like)",
          FLAGS);

  /** Headings that open an SEO production-notes section. */
  private static final Pattern SEO_HEADING =
      Pattern.compile(
          "(?:meta description|meta title|title tag|image alt text|alt text|internal links?"
              + "|external links?|keyword placement|keywords?|focus keywords?|semantic keywords"
              + "|url slug|slug|seo\\b.{0,40})\\s*:?",
          FLAGS);

  // Quirk: content farms end with a line about their SEO goals ("…optimizing for search engines…").
  private static final Pattern SEO_CLOSING =
      Pattern.compile("\\boptimi[sz]\\w* (?:\\w+ )?for search engines?\\b", FLAGS);

  private static final Pattern WIKINEWS_DATELINE =
      Pattern.compile(
          "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:January|February|March"
              + "|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
  private static final Pattern BANNER =
      Pattern.compile(
          "(?:This article requires pre-publication review\\b.{0,300}"
              + "|-?\\s?Article last amended:.{0,300}"
              + "|Have an opinion on this story\\?.{0,300})",
          FLAGS);

  // Quirk: Wikinews captions end with a credit, sometimes glued to the caption ("JorgensenImage:").
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile("\\s*\\(?Image: [^()]{1,80}?\\)?\\.?$");
  private static final Pattern LEADING_DATELINE =
      Pattern.compile("^date\\s+\\d{4}-\\d{2}-\\d{2}\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);

  // Bylines and kicker bars: "By Hana Lindqvist, Meridian Wire", "Explainer | June 12, 2026 | 5 min
  // read".
  private static final Pattern BYLINE =
      Pattern.compile("(?:[Bb]y|[Pp]osted by|[Ww]ritten by|[Ww]ords by)\\s+\\p{Lu}[^.!?]{0,100}");

  /**
   * A separator in a masthead or kicker: "Meridian Wire Service · Asia desk", "X — Brussels
   * bureau".
   */
  private static final Pattern KICKER_SEPARATOR = Pattern.compile("\\s[|\u00B7\u2022\u2014]\\s");

  private static final Pattern BARE_URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  // Quirk: "Related reading on X: …" trails many articles as one line of links.
  private static final Pattern RELATED_LINE =
      Pattern.compile(
          "(?:related reading|related coverage|read more|see also|more on this)\\b.{0,300}", FLAGS);
  static final int MAX_KICKER_WORDS = 6;
  static final int MAX_RELATED_WORDS = 30;
  private static final Pattern BAR = Pattern.compile("\\s[|\u00B7\u2022]\\s");
  private static final Pattern READING_TIME =
      Pattern.compile("\\b\\d+\\s*min(?:ute)?s?\\s+read\\b", FLAGS);
  static final int MAX_META_LINE_WORDS = 15;

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\\]]?$");

  /** A caption of this many words or more is kept (without its credit): it may be real text. */
  static final int LONG_CAPTION_WORDS = 12;

  private ChromeFilter() {}

  /**
   * Returns the blocks without chrome. Drops that remove content a reader might miss (SEO notes,
   * comment areas, captions) add a warning to {@code warnings}.
   */
  public static List<Block> apply(List<Block> blocks, List<Warning> warnings) {
    List<Block> kept = new ArrayList<>(blocks.size());
    int captions = 0;
    boolean lead = true;
    int i = 0;
    while (i < blocks.size()) {
      Block block = blocks.get(i);
      String text = block.text().strip();
      if (isSeoHeading(block)) {
        int end = seoSectionEnd(blocks, i);
        warnings.add(Warning.seoNotesDropped(end - i));
        i = end;
        continue;
      }
      if (TAIL_START.matcher(text).matches() && onlyChromeAfter(blocks, i)) {
        if (i + 1 < blocks.size()) {
          warnings.add(Warning.commentAreaDropped(blocks.size() - i));
        }
        break;
      }
      i++;
      if (text.isEmpty()
          || CHROME_LINE.matcher(text).matches()
          || TAIL_START.matcher(text).matches()
          || WIKINEWS_DATELINE.matcher(text).matches()
          || BANNER.matcher(text).matches()
          || isMetaLine(text)
          || BARE_URL.matcher(text).matches()
          || (lead && isKicker(text))
          || (RELATED_LINE.matcher(text).matches()
              && words(text) <= MAX_RELATED_WORDS
              && !kept.isEmpty())) {
        continue;
      }
      if (SEO_CLOSING.matcher(text).find() && words(text) <= 40 && !kept.isEmpty()) {
        warnings.add(Warning.seoClosingDropped());
        continue;
      }
      Matcher credit = CAPTION_CREDIT.matcher(text);
      if (credit.find()) {
        String caption = text.substring(0, credit.start()).strip();
        if (words(caption) < LONG_CAPTION_WORDS) {
          captions++;
          continue;
        }
        text = caption;
      }
      text = LEADING_DATELINE.matcher(text).replaceFirst("");
      kept.add(text.equals(block.text()) ? block : block.withText(text));
      // Kept as a flag, not asked of every kept block each time: that made long texts quadratic.
      lead = lead && !readsLikeBody(kept.get(kept.size() - 1));
    }
    if (captions > 0) {
      warnings.add(Warning.captionsDropped(captions));
    }
    return kept;
  }

  /**
   * A byline, a kicker bar with a date or reading time, or a bare date: short lines with no
   * sentence end that tell about the page, not the news.
   */
  static boolean isMetaLine(String text) {
    if (words(text) > MAX_META_LINE_WORDS || SENTENCE_END.matcher(text).find()) {
      return false;
    }
    if (BYLINE.matcher(text).matches() || READING_TIME.matcher(text).find()) {
      return true;
    }
    long bars = BAR.matcher(text).results().count();
    Optional<DateMatch> date = PublicationDates.firstDateline(text);
    if (date.isPresent() && (bars > 0 || onlyDate(text, date.get()))) {
      return true;
    }
    return bars >= 2;
  }

  /** Body text: mastheads and kickers stand only before the first such block (the lead). */
  private static boolean readsLikeBody(Block b) {
    return words(b.text()) >= 8 && SENTENCE_END.matcher(b.text().strip()).find();
  }

  /** A short masthead or kicker line made of parts joined by separators. */
  static boolean isKicker(String text) {
    return words(text) <= MAX_KICKER_WORDS
        && !SENTENCE_END.matcher(text).find()
        && KICKER_SEPARATOR.matcher(text).find();
  }

  private static boolean onlyDate(String text, DateMatch date) {
    String rest = text.substring(0, date.start()) + text.substring(date.end());
    return rest.chars().noneMatch(Character::isLetterOrDigit)
        || rest.strip().matches("(?i)(?:date|published|updated|posted)?\\s*:?");
  }

  private static boolean isSeoHeading(Block block) {
    String text = block.text().strip();
    return words(text) <= 6
        && !SENTENCE_END.matcher(text).find()
        && SEO_HEADING.matcher(text).matches();
  }

  /**
   * The index after an SEO section: the next heading that is neither SEO nor chrome, or the end.
   */
  private static int seoSectionEnd(List<Block> blocks, int start) {
    for (int j = start + 1; j < blocks.size(); j++) {
      Block b = blocks.get(j);
      String text = b.text().strip();
      if (b.kind() == Block.Kind.HEADING
          && !isSeoHeading(b)
          && !CHROME_LINE.matcher(text).matches()
          && !TAIL_START.matcher(text).matches()) {
        return j;
      }
    }
    return blocks.size();
  }

  /** True when nothing after {@code index} reads like a sentence of the article. */
  private static boolean onlyChromeAfter(List<Block> blocks, int index) {
    for (int j = index + 1; j < blocks.size(); j++) {
      String text = blocks.get(j).text().strip();
      if (words(text) >= 8 && SENTENCE_END.matcher(text).find()) {
        return false;
      }
    }
    return true;
  }

  static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }
}
