package dev.dyad.core.clean;

import java.util.regex.Pattern;

/**
 * Removes stray and broken HTML tag fragments from text ({@code < li >}, {@code strong >}, {@code
 * </p>}) and repairs the spacing around punctuation that such text usually has.
 */
public final class TagFragments {
  private TagFragments() {}

  private static final String TAGS =
      "a|abbr|article|aside|b|blockquote|body|br|button|caption|center|cite|code|dd|del|div|dl|dt"
          + "|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input"
          + "|ins|label|li|main|mark|nav|noscript|ol|p|pre|q|s|script|section|small|span|strike"
          + "|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|u|ul";
  private static final String BARE_LONG_TAGS =
      "abbr|article|aside|blockquote|body|br|caption|center|cite|code|dd|del|div|dl|dt|em"
          + "|figcaption|figure|font|footer|h[1-6]|header|hr|html|iframe|img|ins|li|mark|nav|ol"
          + "|pre|section|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|ul";

  /** A whole or broken tag that opens with "<": {@code <p>}, {@code < li >}, {@code </strong >}. */
  private static final Pattern BRACKETED =
      Pattern.compile(
          "<\\s{0,3}/?\\s{0,3}(?:" + TAGS + ")(?:\\s[^<>]{0,200})?\\s{0,3}/?\\s{0,3}>",
          Pattern.CASE_INSENSITIVE);

  // Quirk: scrapers that lost the "<" or "</" leave "strong >", "li >", "ul >" behind. Only tag
  // names of two letters or more, and never before a digit or "=" ("a > b", "x > 3" stay).
  private static final Pattern BARE =
      Pattern.compile(
          "(?<![\\w<>])/?(?:" + BARE_LONG_TAGS + ")\\s{0,3}>(?!\\s{0,3}[\\d=])",
          Pattern.CASE_INSENSITIVE);

  // Quirk: a lone "p >" only at the end of the text or before another fragment ("… . p >").
  private static final Pattern BARE_P =
      Pattern.compile("(?<![\\w<>])/?p\\s{0,3}>(?=\\s*(?:$|<))", Pattern.CASE_INSENSITIVE);

  private static final Pattern SPACE_RUN = Pattern.compile("[ \\t]{2,}");
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("(?<=\\S)[ \\t]+([,.;:!?])(?![\\d.])");
  // Quirk: "conclusion ,North": the space went to the wrong side of the comma. Moving it keeps the
  // length; a letter must follow, so "1 ,000" or ". . ." are left alone.
  private static final Pattern MOVED_SPACE = Pattern.compile("(?<=\\p{L})[ \\t]([,;])(?=\\p{L})");
  private static final Pattern MOVED_SPACE_PERIOD =
      Pattern.compile("(?<=\\p{Ll}{2})[ \\t]\\.(?=\\p{Lu}\\p{Ll})");
  // Quirk: a comma glued to the next word ("nations,amidst"); numbers (1,000) do not match.
  private static final Pattern GLUED_COMMA = Pattern.compile("(?<=\\p{Ll}{2}),(?=\\p{L}{2})");
  // Quirk: a sentence glued to the previous one ("environment.For"); abbreviations (U.S.) and
  // domains (example.com) do not match: a lower-case word must precede, a capitalised one follow.
  private static final Pattern GLUED_PERIOD = Pattern.compile("(?<=\\p{Ll}{3})\\.(?=\\p{Lu}\\p{Ll}{2})");
  // Quirk: "region 's": a possessive detached from its noun.
  private static final Pattern DETACHED_POSSESSIVE =
      Pattern.compile("(?<=\\p{L})[ \\t]+'s(?=[\\s,.;:!?]|$)");

  /** Returns the text without tag fragments, with spacing around punctuation repaired. */
  public static String strip(String text) {
    String s = BRACKETED.matcher(text).replaceAll(" ");
    s = BARE.matcher(s).replaceAll(" ");
    s = BARE_P.matcher(s).replaceAll(" ");
    s = SPACE_RUN.matcher(s).replaceAll(" ");
    s = MOVED_SPACE.matcher(s).replaceAll("$1 ");
    s = MOVED_SPACE_PERIOD.matcher(s).replaceAll(". ");
    s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
    s = DETACHED_POSSESSIVE.matcher(s).replaceAll("'s");
    s = GLUED_COMMA.matcher(s).replaceAll(", ");
    s = GLUED_PERIOD.matcher(s).replaceAll(". ");
    return s.strip();
  }
}
