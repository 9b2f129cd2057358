package dev.dyad.core.clean;

import java.util.List;
import java.util.function.Predicate;
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
  private static final Pattern SPACE_BEFORE_PUNCT =
      Pattern.compile("(?<=\\S)[ \\t]+([,.;:!?])(?![\\d.])");
  // Quirk: "conclusion ,North": the space went to the wrong side of the comma. Moving it keeps the
  // length; a letter must follow, so "1 ,000" or ". . ." are left alone.
  private static final Pattern MOVED_SPACE = Pattern.compile("(?<=\\p{L})[ \\t]([,;])(?=\\p{L})");
  private static final Pattern MOVED_SPACE_PERIOD =
      Pattern.compile("(?<=\\p{Ll}{2})[ \\t]\\.(?=\\p{Lu}\\p{Ll})");
  // Quirk: a comma glued to the next word ("nations,amidst"); numbers (1,000) do not match.
  private static final Pattern GLUED_COMMA = Pattern.compile("(?<=\\p{Ll}{2}),(?=\\p{L}{2})");
  // Quirk: a sentence glued to the previous one ("environment.For"); abbreviations (U.S.) and
  // domains (example.com) do not match: a lower-case word must precede, a capitalised one follow.
  private static final Pattern GLUED_PERIOD =
      Pattern.compile("(?<=\\p{Ll}{3})\\.(?=\\p{Lu}\\p{Ll}{2})");
  // Quirk: "region 's": a possessive detached from its noun.
  private static final Pattern DETACHED_POSSESSIVE =
      Pattern.compile("(?<=\\p{L})[ \\t]+'s(?=[\\s,.;:!?]|$)");

  /**
   * One rewrite, with a cheap test that its pattern can match at all. Most text has no tag and no
   * stray space, and scanning it for a character costs far less than running ten patterns with
   * lookbehinds at every position (they were half the cost of cleaning plain text).
   */
  private record Rule(Pattern pattern, String replacement, Predicate<String> mayMatch) {
    String apply(String s) {
      return mayMatch.test(s) ? pattern.matcher(s).replaceAll(replacement) : s;
    }
  }

  private static final List<Rule> RULES =
      List.of(
          new Rule(BRACKETED, " ", s -> s.indexOf('<') >= 0),
          new Rule(BARE, " ", s -> s.indexOf('>') >= 0),
          new Rule(BARE_P, " ", s -> s.indexOf('>') >= 0),
          new Rule(SPACE_RUN, " ", s -> adjacent(s, TagFragments::isBlank, TagFragments::isBlank)),
          new Rule(
              MOVED_SPACE,
              "$1 ",
              s -> adjacent(s, TagFragments::isBlank, c -> c == ',' || c == ';')),
          new Rule(
              MOVED_SPACE_PERIOD, ". ", s -> adjacent(s, TagFragments::isBlank, c -> c == '.')),
          new Rule(
              SPACE_BEFORE_PUNCT,
              "$1",
              s -> adjacent(s, TagFragments::isBlank, c -> ",.;:!?".indexOf(c) >= 0)),
          new Rule(
              DETACHED_POSSESSIVE, "'s", s -> adjacent(s, TagFragments::isBlank, c -> c == '\'')),
          // A letter outside the basic plane starts with a surrogate: let the pattern decide.
          new Rule(
              GLUED_COMMA,
              ", ",
              s ->
                  adjacent(
                      s, c -> c == ',', c -> Character.isLetter(c) || Character.isSurrogate(c))),
          new Rule(
              GLUED_PERIOD,
              ". ",
              s ->
                  adjacent(
                      s,
                      c -> c == '.',
                      c -> Character.isUpperCase(c) || Character.isSurrogate(c))));

  /** Returns the text without tag fragments, with spacing around punctuation repaired. */
  public static String strip(String text) {
    String s = text;
    for (Rule rule : RULES) {
      s = rule.apply(s);
    }
    return s.strip();
  }

  /** {@link #strip} running every pattern, for checking that the tests before them skip nothing. */
  static String stripUnguarded(String text) {
    String s = text;
    for (Rule rule : RULES) {
      s = rule.pattern().matcher(s).replaceAll(rule.replacement());
    }
    return s.strip();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** Whether some character matching {@code first} is followed by one matching {@code next}. */
  private static boolean adjacent(String s, CharPredicate first, CharPredicate next) {
    for (int i = 0, n = s.length() - 1; i < n; i++) {
      if (first.test(s.charAt(i)) && next.test(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  @FunctionalInterface
  private interface CharPredicate {
    boolean test(char c);
  }
}
