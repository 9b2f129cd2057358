package dev.dyad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds complete written dates (day, month and four-digit year) in a string: ISO "2023-11-15",
 * "2023/11/15", numeric "07-11-2024", "November 15, 2023", "Nov. 15 2023", "15 November 2023", "18
 * Oct 2024". A year alone ("In 2023") or a day and month without a year ("on 5 March") is never a
 * date here: those name events, not publication.
 */
final class DatePatterns {
  /** White space as it appears in pages, including the no-break and thin spaces. */
  static final String SP = "[\\s\\u00A0\\u2009\\u202F]";

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})\\.?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /** One pass over the string with the four forms as alternatives, earliest match first. */
  private static final Pattern DATE =
      Pattern.compile(
          // ISO and year-first: 2023-11-15, 2023/11/15, 2023.11.15
          "(?<![\\d])(?<iy>\\d{4})(?<isep>[-/.])(?<im>\\d{1,2})\\k<isep>(?<id>\\d{1,2})(?!\\d)"
              // numeric day/month first: 07-11-2024, 15/11/2023 (order decided later)
              + "|(?<![\\d.\\-/])(?<na>\\d{1,2})(?<nsep>[-/.])(?<nb>\\d{1,2})\\k<nsep>(?<ny>\\d{4})(?!\\d)"
              // month first: November 15, 2023 / Nov. 15 2023 / Nov 15th, 2023
              + "|(?<![\\p{L}])(?<mm>"
              + MONTH
              + ")"
              + SP
              + "*(?<md>\\d{1,2})"
              + ORDINAL
              + "(?!\\d),?"
              + SP
              + "+(?<my>\\d{4})(?!\\d)"
              // day first: 15 November 2023 / 18 Oct 2024 / 15th of November, 2023
              + "|(?<![\\d])(?<dd>\\d{1,2})"
              + ORDINAL
              + SP
              + "+(?:of"
              + SP
              + "+)?(?<dm>"
              + MONTH
              + "),?"
              + SP
              + "*(?<dy>\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private DatePatterns() {}

  /** The first valid date at or after {@code from}; invalid ones (30 February) are passed over. */
  static Optional<DateMatch> first(CharSequence s, int from) {
    Matcher m = DATE.matcher(s);
    int at = from;
    while (at <= s.length() && m.find(at)) {
      List<LocalDate> readings = readings(m);
      if (!readings.isEmpty()) {
        return Optional.of(new DateMatch(readings, m.start(), m.end(), m.group()));
      }
      at = m.start() + 1;
    }
    return Optional.empty();
  }

  /** Whether four ASCII digits stand in a row somewhere in {@code s}. */
  private static boolean hasFourDigits(CharSequence s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  static Optional<DateMatch> first(CharSequence s) {
    return first(s, 0);
  }

  /** Every valid date in the string, in order. */
  static List<DateMatch> all(CharSequence s) {
    List<DateMatch> found = new ArrayList<>();
    if (!hasFourDigits(s)) {
      return found; // every form holds a four-digit year: most sentences hold none
    }
    int at = 0;
    Optional<DateMatch> next;
    while ((next = first(s, at)).isPresent()) {
      found.add(next.get());
      at = next.get().end();
    }
    return found;
  }

  private static List<LocalDate> readings(Matcher m) {
    if (m.group("iy") != null) {
      return list(CalendarDates.of(num(m, "iy"), num(m, "im"), num(m, "id")));
    }
    if (m.group("ny") != null) {
      return numeric(num(m, "na"), num(m, "nb"), num(m, "ny"));
    }
    if (m.group("my") != null) {
      return list(CalendarDates.of(num(m, "my"), CalendarDates.month(m.group("mm")), num(m, "md")));
    }
    return list(CalendarDates.of(num(m, "dy"), CalendarDates.month(m.group("dm")), num(m, "dd")));
  }

  /**
   * Day-month or month-day: certain when one number is above 12 or both are equal; otherwise both
   * readings, in ascending order, because guessing would put events in the wrong month.
   */
  static List<LocalDate> numeric(int a, int b, int year) {
    if (a > 12 && b > 12) {
      return List.of();
    }
    if (a > 12) {
      return list(CalendarDates.of(year, b, a));
    }
    if (b > 12 || a == b) {
      return list(CalendarDates.of(year, a, b));
    }
    Optional<LocalDate> dayFirst = CalendarDates.of(year, b, a);
    Optional<LocalDate> monthFirst = CalendarDates.of(year, a, b);
    if (dayFirst.isEmpty() || monthFirst.isEmpty()) {
      return List.of();
    }
    LocalDate x = dayFirst.get();
    LocalDate y = monthFirst.get();
    return x.isBefore(y) ? List.of(x, y) : List.of(y, x);
  }

  private static int num(Matcher m, String group) {
    return CalendarDates.number(m.group(group));
  }

  private static List<LocalDate> list(Optional<LocalDate> date) {
    return date.map(List::of).orElse(List.of());
  }
}
