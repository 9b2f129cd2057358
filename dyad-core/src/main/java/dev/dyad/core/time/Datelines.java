package dev.dyad.core.time;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a line is a dateline: a date that stands on its own ("Friday, January 4, 2019",
 * "3 min read 07-11-2024", "By Jane Doe | Nov 15, 2023") or opens the text after nothing but
 * dateline words ("date 2023-11-15 In recent years…", "Published on 15 November 2023 …"). A date
 * inside a sentence ("The army attacked on 5 March 2023") is not a dateline.
 */
final class Datelines {
  /** Longest line that may hold a date among other words and still be a dateline. */
  static final int SHORT_LINE = 100;

  /** Only the head of a long line is searched: a dateline's date starts early. */
  private static final int HEAD = 140;

  private static final String WEEKDAY =
      "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?";
  private static final String KEYWORD =
      "(?:date[d]?|published|posted|updated|last"
          + DatePatterns.SP
          + "+updated|first"
          + DatePatterns.SP
          + "+published|modified|created|released|issued)";

  /** What may come before the date of a dateline that goes on with body text. */
  private static final Pattern LEADING =
      Pattern.compile(
          "^[^\\p{L}\\d]*(?:(?:"
              + WEEKDAY
              + "|"
              + KEYWORD
              + "(?:"
              + DatePatterns.SP
              + "+on)?|\\d{1,3}"
              + DatePatterns.SP
              + "*min(?:ute)?s?"
              + DatePatterns.SP
              + "+read)[^\\p{L}\\d]*)*$",
          Pattern.CASE_INSENSITIVE);

  /** Lower-case words a short dateline may hold besides names and the date itself. */
  private static final Pattern DATELINE_WORD =
      Pattern.compile(
          "(?:"
              + WEEKDAY
              + "|"
              + KEYWORD
              + "|last|first|on|at|by|and|of|min|mins|minute|minutes"
              + "|read|am|pm|a|p|m|h|hrs|gmt|utc|et|edt|est|ct|cdt|cst|pt|pdt|pst|bst|cet|cest"
              + "|eet|eest|ist|kst|jst|msk|aest|local|time)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern UPDATE =
      Pattern.compile("\\b(?:updated|modified)\\b", Pattern.CASE_INSENSITIVE);

  private Datelines() {}

  /** A dateline found in a line, and whether it gives an update rather than publication. */
  record Dateline(DateMatch match, boolean update, String evidence) {}

  static Optional<Dateline> read(String line) {
    String head = line.length() > HEAD ? line.substring(0, HEAD) : line;
    Optional<DateMatch> found = DatePatterns.first(head);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DateMatch m = found.get();
    String prefix = head.substring(0, m.start());
    String trimmed = line.strip();
    boolean leading = LEADING.matcher(prefix).matches();
    if (!leading && !(trimmed.length() <= SHORT_LINE && onlyDatelineWords(line, m))) {
      return Optional.empty();
    }
    String evidence = trimmed.length() <= SHORT_LINE ? trimmed : line.substring(0, m.end()).strip();
    return Optional.of(new Dateline(m, UPDATE.matcher(prefix).find(), evidence));
  }

  /**
   * Every word outside the date is a dateline word or starts with a capital (an author or a place:
   * "By Jane Doe", "SEOUL"); one ordinary lower-case word makes it a sentence.
   */
  private static boolean onlyDatelineWords(String line, DateMatch m) {
    String rest = line.substring(0, m.start()) + " " + line.substring(m.end());
    var words = WORD.matcher(rest);
    while (words.find()) {
      String w = words.group();
      if (Character.isLowerCase(w.charAt(0)) && !DATELINE_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }
}
