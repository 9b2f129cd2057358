package dev.dyad.report.brief;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations inside shared wording: marked with two private-use characters that no escaper touches,
 * so that each renderer escapes the text first and then writes its own citation markup.
 */
final class Cites {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  private static final Pattern MARK = Pattern.compile(OPEN + "([0-9,]+)" + CLOSE);

  private Cites() {}

  static String mark(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "";
    }
    return OPEN + String.join(",", numbers.stream().map(String::valueOf).toList()) + CLOSE;
  }

  static String mark(int number) {
    return mark(List.of(number));
  }

  /** Untrusted text with any marker characters removed, so it cannot forge a citation. */
  static String clean(String text) {
    return text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
  }

  /** Replaces every marker in already-escaped text with {@code markup} of its numbers. */
  static String render(String escaped, Function<List<Integer>, String> markup) {
    Matcher m = MARK.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<Integer> numbers = Arrays.stream(m.group(1).split(",")).map(Integer::valueOf).toList();
      m.appendReplacement(out, Matcher.quoteReplacement(markup.apply(numbers)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
