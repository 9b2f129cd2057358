package dev.dyad.core.time;

import java.util.Set;

/** The month and weekday names (lower case) that date rules and the coder's fillers both read. */
public final class CalendarWords {
  /** The twelve month names in full. */
  public static final Set<String> MONTH_NAMES =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Month names and their abbreviations ("Sept", "Oct"). */
  public static final Set<String> MONTHS = withAbbreviations();

  private static Set<String> withAbbreviations() {
    Set<String> all = new java.util.HashSet<>(MONTH_NAMES);
    all.addAll(
        Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"));
    return Set.copyOf(all);
  }

  /** The seven weekdays. */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private CalendarWords() {}
}
