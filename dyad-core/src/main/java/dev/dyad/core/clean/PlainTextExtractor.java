package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out plain-text and Markdown bodies as blocks: paragraphs, headings and list items.
 *
 * <p>Paragraphs are separated by blank lines; a text with no blank lines at all has one block per
 * line. Each line is normalised ({@link TextNormalizer}) and rid of tag fragments ({@link
 * TagFragments}) before its role is decided.
 */
public final class PlainTextExtractor implements ContentExtractor {

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");
  private static final Pattern BULLET =
      Pattern.compile("^(?:[-*+\u2022\u00B7\u25AA\u25CF\u25E6\u2023\u2013])\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2})[.)]\\s+(.*)$");
  private static final Pattern ATX_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(?:=+|-+)$");
  private static final Pattern RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
  private static final Pattern FENCE = Pattern.compile("^(?:```|~~~).*$");
  private static final Pattern QUOTE_MARK = Pattern.compile("^(?:>\\s?)+");
  private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]{0,300}\\]\\([^)]{0,500}\\)");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]{0,300})\\]\\([^)]{0,500}\\)");
  private static final Pattern MD_STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern MD_EMPHASIS =
      Pattern.compile("(?<![\\w*])([*_])(?=[^\\s*_])([^*_]+?)(?<=[^\\s*_])\\1(?![\\w*])");
  private static final Pattern MD_CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern LIST_TAG =
      Pattern.compile("<\\s{0,3}li\\s{0,3}>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:,][\"')\\]]?$");
  private static final Pattern WORD = Pattern.compile("\\S+");
  // A heading never ends on a function word; a wrapped line of a paragraph often does.
  private static final Pattern DANGLING_WORD =
      Pattern.compile(
          "\\b(?:and|or|but|the|a|an|of|to|in|on|at|by|for|with|from|that|as|is|are|was|were)$",
          Pattern.CASE_INSENSITIVE);

  static final int MAX_HEADING_WORDS = 14;
  static final int MAX_HEADING_CHARS = 120;

  // Quirk: Markdown from static-site tools opens with YAML front matter carrying the metadata.
  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "\\A\\uFEFF?---[ \\t]*\\r?\\n((?:.{0,500}\\r?\\n){0,40}?)---[ \\t]*(?:\\r?\\n|\\z)");
  private static final Pattern FRONT_FIELD =
      Pattern.compile(
          "(?m)^(title|date|published|pubdate|date_published)\\s*:\\s*(.*?)\\s*$",
          Pattern.CASE_INSENSITIVE);

  @Override
  public Extracted extract(RawDocument raw) {
    boolean markdown = raw.type() == ContentType.MARKDOWN;
    String body = raw.body();
    Optional<String> title = Optional.empty();
    Optional<String> published = Optional.empty();
    if (markdown) {
      Matcher front = FRONT_MATTER.matcher(body);
      if (front.find()) {
        Matcher field = FRONT_FIELD.matcher(front.group(1));
        while (field.find()) {
          String value = unquote(field.group(2));
          if (field.group(1).equalsIgnoreCase("title")) {
            title = Optional.of(value).filter(v -> !v.isBlank());
          } else if (published.isEmpty()) {
            published = Optional.of(value).filter(v -> !v.isBlank());
          }
        }
        body = body.substring(front.end());
      }
    }
    return new Extracted(blocks(body, markdown), title, published, List.of());
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** The blocks of a body; package-private for tests. */
  static List<Block> blocks(String body, boolean markdown) {
    List<Line> lines = lines(body, markdown);
    boolean hasBlankLines = hasInnerBlankLine(lines);
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = null;
    Line previous = null;
    for (Line line : lines) {
      if (line == null) {
        flush(blocks, paragraph);
        paragraph = null;
        previous = null;
        continue;
      }
      if (paragraph != null && joins(previous, line, hasBlankLines)) {
        paragraph.append(' ').append(line.text());
        previous = line;
        continue;
      }
      flush(blocks, paragraph);
      paragraph = null;
      if (line.kind() == Block.Kind.PARAGRAPH) {
        paragraph = new StringBuilder(line.text());
      } else {
        blocks.add(new Block(line.kind(), line.text()));
      }
      previous = line;
    }
    flush(blocks, paragraph);
    return blocks;
  }

  /** One non-blank line with its role; null stands for a blank line. */
  record Line(Block.Kind kind, String text) {}

  private static boolean joins(Line previous, Line line, boolean hasBlankLines) {
    if (line.kind() != Block.Kind.PARAGRAPH || previous.kind() != Block.Kind.PARAGRAPH) {
      return false;
    }
    String before = previous.text();
    // Quirk: "Additionally," alone on a line: the sentence goes on in the next line.
    if (before.endsWith(",")
        || (Character.isLowerCase(line.text().codePointAt(0)) && !headingLike(before))) {
      return true;
    }
    return hasBlankLines && !headingLike(before) && !headingLike(line.text());
  }

  private static void flush(List<Block> blocks, StringBuilder paragraph) {
    if (paragraph == null) {
      return;
    }
    String text = paragraph.toString();
    blocks.add(headingLike(text) ? Block.heading(text) : Block.paragraph(text));
  }

  private static boolean hasInnerBlankLine(List<Line> lines) {
    boolean seenText = false;
    boolean blankAfterText = false;
    for (Line line : lines) {
      if (line == null) {
        blankAfterText = seenText;
      } else if (blankAfterText) {
        return true;
      } else {
        seenText = true;
      }
    }
    return false;
  }

  private static List<Line> lines(String body, boolean markdown) {
    List<Line> lines = new ArrayList<>();
    boolean inFence = false;
    for (String rawLine : LINE_BREAK.split(body, -1)) {
      if (markdown && FENCE.matcher(rawLine.strip()).matches()) {
        inFence = !inFence;
        lines.add(null);
        continue;
      }
      if (LIST_TAG.matcher(rawLine).results().count() >= 2) {
        // Quirk: a whole list flattened onto one line as "< li >…; li >< li >…": one item each.
        for (String part : LIST_TAG.split(rawLine)) {
          String text = clean(part, markdown);
          if (!text.isEmpty()) {
            lines.add(new Line(Block.Kind.LIST_ITEM, text));
          }
        }
        continue;
      }
      String text = TextNormalizer.normalize(rawLine);
      if (markdown && !inFence) {
        if (SETEXT_UNDERLINE.matcher(text).matches()
            && !lines.isEmpty()
            && lines.get(lines.size() - 1) != null
            && lines.get(lines.size() - 1).kind() == Block.Kind.PARAGRAPH) {
          Line last = lines.remove(lines.size() - 1);
          lines.add(new Line(Block.Kind.HEADING, last.text()));
          lines.add(null);
          continue;
        }
        if (RULE.matcher(text).matches()) {
          lines.add(null);
          continue;
        }
        text = QUOTE_MARK.matcher(text).replaceFirst("");
        Matcher heading = ATX_HEADING.matcher(text);
        if (heading.matches()) {
          lines.add(null);
          lines.add(new Line(Block.Kind.HEADING, clean(heading.group(1), true)));
          lines.add(null);
          continue;
        }
      }
      text = clean(text, markdown);
      lines.add(text.isEmpty() ? null : classify(text));
    }
    return lines;
  }

  private static String clean(String text, boolean markdown) {
    String s = TextNormalizer.normalize(text);
    if (markdown) {
      s = MD_IMAGE.matcher(s).replaceAll("");
      s = MD_LINK.matcher(s).replaceAll("$1");
      s = MD_STRONG.matcher(s).replaceAll("$2");
      s = MD_EMPHASIS.matcher(s).replaceAll("$2");
      s = MD_CODE.matcher(s).replaceAll("$1");
    }
    return TextNormalizer.normalize(TagFragments.strip(s));
  }

  private static Line classify(String text) {
    Matcher bullet = BULLET.matcher(text);
    if (bullet.matches() && !bullet.group(1).isBlank()) {
      return new Line(Block.Kind.LIST_ITEM, bullet.group(1));
    }
    Matcher numbered = NUMBERED.matcher(text);
    if (numbered.matches() && !numbered.group(2).isBlank()) {
      String rest = numbered.group(2);
      // "1. Arms and Equipment Exchanges" is a numbered section heading, not an item.
      return headingLike(rest)
          ? new Line(Block.Kind.HEADING, rest)
          : new Line(Block.Kind.LIST_ITEM, rest);
    }
    return new Line(Block.Kind.PARAGRAPH, text);
  }

  /** A short line with no final punctuation, like a title or section heading. */
  static boolean headingLike(String text) {
    if (text.length() > MAX_HEADING_CHARS
        || SENTENCE_END.matcher(text).find()
        || DANGLING_WORD.matcher(text).find()) {
      return false;
    }
    if (text.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    return WORD.matcher(text).results().count() <= MAX_HEADING_WORDS;
  }
}
