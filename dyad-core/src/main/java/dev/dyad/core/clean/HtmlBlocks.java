package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Lays out the main content as blocks in reading order: headings, paragraphs and list items. Inline
 * elements join as a browser joins them (the source's own white space decides, so {@code
 * <b>W</b>ashington} stays one word and {@code <b>a</b> <i>b</i>} keeps its space); block elements
 * and {@code <br>} separate words; two {@code <br>} in a row end a paragraph.
 */
final class HtmlBlocks {
  /** Elements that start and end a block of text. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Elements whose text is a paragraph however short. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "blockquote", "pre", "dd", "dt", "figcaption", "summary", "caption");

  /** Bare text in a div must have this many words to be content rather than a label. */
  static final int BARE_WORDS = 5;

  /** A list whose text is this much link text is a list of links (tags, related stories). */
  static final double LINK_LIST = 0.8;

  /** Bare text or a short paragraph that is this much link text is a "read more" line. */
  static final double LINK_LINE = 0.9;

  /** Marks a {@code <br>} in collected text, from the Unicode private use area. */
  private static final char BR = '\uE000';

  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile(BR + "[\\s\\u00A0" + BR + "]*" + BR);
  private static final Pattern SPACES =
      Pattern.compile(
          "[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000" + BR + "]+");

  private HtmlBlocks() {}

  /**
   * The blocks of {@code containers}, in order, leaving out headings that {@code skipHeading}
   * accepts (the h1 that repeats the title).
   */
  static List<Block> of(List<Element> containers, Predicate<String> skipHeading) {
    Layout layout = new Layout(skipHeading);
    for (Element container : containers) {
      container.filter(layout);
      layout.flush();
    }
    return layout.blocks;
  }

  /** Collapses white space runs to one space and trims. */
  static String collapse(CharSequence text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static final class Layout implements NodeFilter {
    final List<Block> blocks = new ArrayList<>();
    final Predicate<String> skipHeading;
    final StringBuilder text = new StringBuilder();

    /** Enclosing block elements, innermost first: they decide the kind of the text. */
    final Deque<Element> open = new ArrayDeque<>();

    int linkDepth;
    int linkChars;

    Layout(Predicate<String> skipHeading) {
      this.skipHeading = skipHeading;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        // Quirk: the <br> mark must not come from the page itself.
        String s = t.getWholeText().replace(BR, ' ');
        text.append(s);
        if (linkDepth > 0) {
          linkChars += s.strip().length();
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) {
        return FilterResult.CONTINUE;
      }
      String tag = el.normalName();
      if (tag.equals("br")) {
        text.append(BR);
      } else if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("img")) {
        text.append(' ');
      } else if (BLOCK_TAGS.contains(tag)) {
        if ((tag.equals("ul") || tag.equals("ol")) && isLinkList(el)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        flush();
        open.push(el);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element el) {
        String tag = el.normalName();
        if (tag.equals("a")) {
          linkDepth = Math.max(0, linkDepth - 1);
        } else if (BLOCK_TAGS.contains(tag)) {
          flush();
          if (open.peek() == el) {
            open.pop();
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    void flush() {
      if (text.length() == 0) {
        return;
      }
      String all = text.toString();
      int links = linkChars;
      text.setLength(0);
      linkChars = 0;
      Element owner = open.peek();
      String tag = owner == null ? "div" : owner.normalName();
      double linkShare = links / (double) Math.max(1, collapse(all).length());
      for (String piece : PARAGRAPH_BREAK.split(all)) {
        String line = collapse(piece);
        if (line.isEmpty()) {
          continue;
        }
        if (HEADINGS.contains(tag)) {
          if (!skipHeading.test(line)) {
            blocks.add(Block.heading(line));
          }
        } else if (tag.equals("li")) {
          blocks.add(Block.item(line));
        } else if (PARAGRAPHS.contains(tag)) {
          if (linkShare < LINK_LINE || line.length() > 120) {
            blocks.add(Block.paragraph(line));
          }
        } else if (isSubstantial(line) && linkShare < LINK_LINE) {
          blocks.add(Block.paragraph(line));
        }
      }
    }
  }

  /**
   * Bare text in a div is content when it is a sentence, not a label ("Share", "Advertisement").
   */
  private static boolean isSubstantial(String line) {
    int words = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ') {
        words++;
      }
    }
    // Quirk: Chinese, Japanese and Thai text has no spaces between words; count its length.
    return words >= BARE_WORDS || (words == 1 && line.length() >= 20);
  }

  private static boolean isLinkList(Element list) {
    return list.selectFirst("a") != null && HtmlMainContent.linkDensity(list) >= LINK_LIST;
  }
}
