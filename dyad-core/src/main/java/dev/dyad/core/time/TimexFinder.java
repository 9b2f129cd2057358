package dev.dyad.core.time;

import dev.dyad.core.text.Token;
import dev.dyad.core.time.Periods.Period;
import dev.dyad.core.time.Timex.Kind;
import dev.dyad.core.time.Timex.Resolver;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds temporal expressions in a sentence: full dates (reusing {@link DatePatterns}), month and
 * year dates, decades, relative dates, weekdays, and the named periods of {@code periods.txt}.
 * Overlapping finds keep the longest.
 */
final class TimexFinder {
  private static final String B = "(?<![^ ])"; // a token starts here
  private static final String E = "(?![^ ])"; // a token ends here

  /** A month name; only an abbreviation takes a dot, so a sentence's full stop is left out. */
  private static final String MON =
      "(?<mon>january|february|march|april|may|june|july|august|september|october|november"
          + "|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?: \\.)?)";

  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";

  /** Years outside 1900..2100 are not read as event dates; named periods may be older. */
  private static final String YEAR = "(?<year>19\\d\\d|20\\d\\d|2100)";

  /** "in early", "by the end of", "since the autumn of", "mid-": between a lead and a date. */
  private static final String QUALIFIER =
      "(?<qualifier> (?:the )?(?:early|late|mid|end|start|beginning|middle|first half|second half"
          + "|spring|summer|autumn|fall|winter)(?: of)?)?(?: -)?";

  /**
   * A bare month or year dates an event only after one of these: "the 2018 agreement" is a name,
   * "to march on the embassy" a verb, "Moscow may help" a modal.
   */
  private static final String MONTH_LEAD =
      "(?<lead>in|last|next|this|since|until|till|by|from|through|throughout|during|early|late"
          + "|mid|of|on|before|after)";

  private static final String YEAR_LEAD =
      "(?<lead>in|since|by|during|until|till|from|through|throughout|of|before|after|around"
          + "|between|early|late|mid|year)";

  /** Leads after which a year-like number may be a quantity, and the words that show it is. */
  private static final Set<String> QUANTITY_LEADS =
      Set.of("of", "around", "from", "by", "between", "through");

  private static final Pattern QUANTITY_NEXT =
      Pattern.compile("-|[a-z]+s|people|men|personnel|more|additional|new|other");

  /** Month names that are also English words, and the leads that still make them months. */
  private static final Set<String> VERB_MONTHS = Set.of("may", "march", "mar");

  private static final Set<String> STRONG_MONTH_LEADS =
      Set.of(
          "in",
          "last",
          "next",
          "since",
          "until",
          "till",
          "early",
          "late",
          "mid",
          "during",
          "from",
          "through",
          "throughout");
  private static final Set<String> NEGATING_PREFIXES = Set.of("former", "ex", "post", "non");
  private static final Map<String, Integer> NUMBERS =
      Map.of(
          "a", 1, "an", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven",
          7, "eight", 8);

  /**
   * A rule: its pattern, what it makes of a match, and a word every one of its matches holds as a
   * whole token of the key text, so the pattern is run only on sentences that hold such a word.
   */
  private record Rule(
      Pattern pattern, Function<Matcher, Optional<Resolver>> build, Anchor anchor) {}

  /** The words that anchor the rules: each match of a rule holds one as a whole token. */
  private enum Anchor {
    /** The month names and abbreviations MON matches. */
    MONTH(CalendarWords.MONTHS, null),
    /** A year YEAR matches; then a decade ("1990s"). */
    YEAR(Set.of(), "19\\d\\d|20\\d\\d|2100"),
    DECADE(Set.of(), "(?:19\\d0|20\\d0)s"),
    /** The last words of the day words ("last night", "earlier today"). */
    DAY_WORD(
        Set.of(
            "yesterday",
            "today",
            "tonight",
            "tomorrow",
            "night",
            "morning",
            "afternoon",
            "evening"),
        null),
    WEEKDAY(CalendarWords.WEEKDAYS, null),
    UNIT(Set.of("week", "weekend", "month", "year"), null),
    AGO(Set.of("ago"), null);

    private final Set<String> words;

    /** A number the whole token must match (every such pattern starts with an ASCII digit). */
    private final Pattern number;

    Anchor(Set<String> words, String number) {
      this.words = words;
      this.number = number == null ? null : Pattern.compile(number);
    }

    boolean test(String key) {
      return number == null
          ? words.contains(key)
          : !key.isEmpty()
              && key.charAt(0) >= '0'
              && key.charAt(0) <= '9'
              && number.matcher(key).matches();
    }
  }

  private static final List<Rule> RULES =
      List.of(
          rule(
              "(?:(?<lead>on|since|by|until) )?(?:the )?"
                  + DAY
                  + " (?:of )?"
                  + MON
                  + "(?: ,)? "
                  + YEAR,
              TimexFinder::fullDate,
              Anchor.MONTH),
          rule(
              "(?:(?<lead>on|since|by|until) )?" + MON + " " + DAY + "(?: ,)? " + YEAR,
              TimexFinder::fullDate,
              Anchor.MONTH),
          rule(
              "(?:(?<lead>on|since|by|until) )?(?:the )?" + DAY + " (?:of )?" + MON,
              TimexFinder::dayMonth,
              Anchor.MONTH),
          rule(
              "(?:(?<lead>on|since|by|until) )?" + MON + " " + DAY,
              TimexFinder::dayMonth,
              Anchor.MONTH),
          rule(
              "(?:" + MONTH_LEAD + QUALIFIER + " )?" + MON + "(?: of)?(?: ,)? " + YEAR,
              TimexFinder::monthYear,
              Anchor.MONTH),
          rule(MONTH_LEAD + QUALIFIER + " " + MON, TimexFinder::month, Anchor.MONTH),
          rule(
              "(?:"
                  + YEAR_LEAD
                  + QUALIFIER
                  + " |(?<bare>(?:the )?(?:early|late|mid|spring|summer"
                  + "|autumn|fall|winter) (?:of )?))"
                  + YEAR
                  + "(?=(?: (?<next>[^ ]+))?)",
              TimexFinder::year,
              Anchor.YEAR),
          rule(
              "(?:(?<lead>in|since|during|throughout|by|until|from|of) )?(?:the )?"
                  + "(?:(?:early|late|mid)(?: -)? )?(?<decade>19\\d0|20\\d0)s",
              TimexFinder::decade,
              Anchor.DECADE),
          rule(
              "(?<word>yesterday|today|tonight|tomorrow|last night|this morning|this afternoon"
                  + "|this evening|earlier today)",
              TimexFinder::dayWord,
              Anchor.DAY_WORD),
          rule(
              "(?:(?<rel>last|next|this|on|this coming|coming|on the) )?"
                  + "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                  + "(?: (?:morning|afternoon|evening|night))?",
              TimexFinder::weekday,
              Anchor.WEEKDAY),
          rule(
              "(?<rel>earlier this|later this|early this|late this|earlier last|early last|late last"
                  + "|this|last|next|past|previous|coming|the past|the previous|the last|the coming"
                  + "|the next) (?<unit>week|weekend|month|year)",
              TimexFinder::unit,
              Anchor.UNIT),
          rule(
              "(?<n>a|an|one|two|three|four|five|six|seven|eight|\\d{1,2}) "
                  + "(?<unit>day|days|week|weeks|month|months|year|years|decade|decades) ago",
              TimexFinder::ago,
              Anchor.AGO));

  private final List<Period> periods;
  private final Pattern periodPattern;

  TimexFinder(List<Period> periods) {
    this.periods = periods;
    String names =
        periods.stream()
            .flatMap(p -> p.names().stream())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    this.periodPattern =
        names.isEmpty()
            ? null
            : Pattern.compile(
                B
                    + "(?:(?<lead>during|in|throughout|after|following|since|before|until|by|post|pre)(?: -)? )?"
                    + "(?:the )?(?<name>"
                    + names
                    + ")"
                    + E);
  }

  /** Every temporal expression in the sentence, in order, none overlapping. */
  List<Timex> find(List<Token> tokens, String sentence) {
    KeyText keys = new KeyText(tokens);
    List<Timex> found = new ArrayList<>();
    fullDatesAsWritten(tokens, sentence, found);
    EnumSet<Anchor> held = anchors(tokens);
    for (Rule rule : RULES) {
      // Every match of a rule holds its anchor word as a whole token: a sentence without one is
      // skipped (most sentences hold no date at all, and each pattern costs a scan of the text).
      if (!held.contains(rule.anchor())) {
        continue;
      }
      Matcher m = rule.pattern().matcher(keys.text());
      while (m.find()) {
        Optional<Resolver> resolver = rule.build().apply(m);
        if (resolver.isPresent()) {
          add(found, keys, tokens, sentence, m.start(), m.end(), Kind.DATE, resolver.get());
        }
      }
    }
    if (periodPattern != null) {
      Matcher m = periodPattern.matcher(keys.text());
      while (m.find()) {
        findPeriod(m, keys, tokens)
            .ifPresent(
                p ->
                    add(
                        found,
                        keys,
                        tokens,
                        sentence,
                        m.start(),
                        m.end(),
                        p.cue() ? Kind.CUE : Kind.PERIOD,
                        period(p, m.group("lead"))));
      }
    }
    return longestFirst(found);
  }

  /** ISO and numeric dates ("2024-10-18", "18/10/2024") as {@link DatePatterns} reads them. */
  private static void fullDatesAsWritten(List<Token> tokens, String sentence, List<Timex> found) {
    for (DateMatch d : DatePatterns.all(sentence)) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.start() >= d.start() && t.end() <= d.end()) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first >= 0) {
        List<LocalDate> readings = d.readings();
        // Two readings of "07-11-2024": keep what they agree on (the year).
        Resolver r =
            (anchor, future) ->
                readings.stream()
                    .map(When::day)
                    .reduce((a, b) -> a.flatMap(x -> b.map(x::agree)))
                    .orElse(Optional.empty());
        found.add(new Timex(first, last, Kind.DATE, d.text(), r));
      }
    }
  }

  private Optional<Period> findPeriod(Matcher m, KeyText keys, List<Token> tokens) {
    Optional<Period> p = Periods.named(periods, m.group("name"));
    if (p.isEmpty()) {
      return p;
    }
    int first = keys.token(m.start());
    int last = keys.lastToken(m.end());
    // "Cold War-era jets", "Soviet-made tanks": a modifier of a thing, not the time of the event.
    boolean compound = last + 1 < tokens.size() && tokens.get(last + 1).key().equals("-");
    boolean negated = first > 0 && NEGATING_PREFIXES.contains(before(tokens, first));
    String lead = m.group("lead");
    boolean cueAfter =
        p.get().cue()
            && lead != null
            && Set.of("after", "following", "since", "post", "pre").contains(lead);
    return compound || negated || cueAfter ? Optional.empty() : p;
  }

  /** The key before token {@code i}, looking through a hyphen ("ex-Soviet"). */
  private static String before(List<Token> tokens, int i) {
    String k = tokens.get(i - 1).key();
    return k.equals("-") && i > 1 ? tokens.get(i - 2).key() : k;
  }

  private static Resolver period(Period p, String lead) {
    int last = p.last();
    if (p.cue()) {
      return (anchor, future) -> When.undated(last);
    }
    int first = p.first().getAsInt();
    String l = lead == null ? "" : lead;
    return switch (l) {
      case "after", "following", "post" -> (anchor, future) -> When.year(last);
      case "since" -> (anchor, future) -> When.year(last).map(When::asOngoing);
      case "before", "pre" -> (anchor, future) -> When.undated(first);
      case "until", "by" -> (anchor, future) -> When.undated(last);
      default -> (anchor, future) -> When.startingIn(first, last);
    };
  }

  private static void add(
      List<Timex> found,
      KeyText keys,
      List<Token> tokens,
      String sentence,
      int start,
      int end,
      Kind kind,
      Resolver resolver) {
    int first = keys.token(start);
    int last = keys.lastToken(end);
    found.add(new Timex(first, last, kind, evidence(tokens, sentence, first, last), resolver));
  }

  /** The words as written; the keys when the tokens do not point into the sentence. */
  private static String evidence(List<Token> tokens, String sentence, int first, int last) {
    int s = tokens.get(first).start();
    int e = tokens.get(last).end();
    if (s >= 0 && s <= e && e <= sentence.length()) {
      return sentence.substring(s, e);
    }
    return tokens.subList(first, last + 1).stream()
        .map(Token::key)
        .collect(Collectors.joining(" "));
  }

  private static List<Timex> longestFirst(List<Timex> found) {
    List<Timex> sorted = new ArrayList<>(found);
    // Longest first; on a tie the earlier find wins (full dates, then the rule order above).
    sorted.sort(Comparator.comparingInt((Timex t) -> t.first() - t.last()));
    List<Timex> kept = new ArrayList<>();
    for (Timex t : sorted) {
      if (kept.stream().noneMatch(k -> k.first() <= t.last() && t.first() <= k.last())) {
        kept.add(t);
      }
    }
    kept.sort(Comparator.comparingInt(Timex::first));
    return List.copyOf(kept);
  }

  // ---- rules -------------------------------------------------------------------------------

  private static Rule rule(
      String body, Function<Matcher, Optional<Resolver>> build, Anchor anchor) {
    return new Rule(Pattern.compile(B + body + E), build, anchor);
  }

  /** The anchors some token of the sentence holds, as its key text holds the key. */
  private static EnumSet<Anchor> anchors(List<Token> tokens) {
    EnumSet<Anchor> held = EnumSet.noneOf(Anchor.class);
    for (Token t : tokens) {
      String key = t.key().indexOf(' ') < 0 ? t.key() : t.key().replace(' ', '_');
      for (Anchor a : ANCHORS) {
        if (!held.contains(a) && a.test(key)) {
          held.add(a);
        }
      }
    }
    return held;
  }

  private static final Anchor[] ANCHORS = Anchor.values();

  private static Optional<Resolver> fullDate(Matcher m) {
    Optional<LocalDate> d =
        CalendarDates.of(num(m, "year"), CalendarDates.month(m.group("mon")), num(m, "day"));
    return d.map(date -> since(m, (anchor, future) -> When.day(date)));
  }

  private static Optional<Resolver> monthYear(Matcher m) {
    YearMonth ym = YearMonth.of(num(m, "year"), CalendarDates.month(m.group("mon")));
    return Optional.of(since(m, (anchor, future) -> When.month(ym)));
  }

  private static Optional<Resolver> year(Matcher m) {
    int y = num(m, "year");
    String next = m.group("next") == null ? "" : m.group("next");
    if (m.group("lead") != null
        && QUANTITY_LEADS.contains(m.group("lead"))
        && QUANTITY_NEXT.matcher(next).matches()) {
      return Optional.empty(); // "a total of 2000 troops", "around 1950 shells"
    }
    if ("before".equals(m.group("lead"))) {
      return Optional.of((anchor, future) -> When.undated(y - 1));
    }
    return Optional.of(since(m, (anchor, future) -> When.year(y)));
  }

  private static Optional<Resolver> decade(Matcher m) {
    int d = num(m, "decade");
    // "the 1950s" is labelled by its first year; historical is judged on its last.
    return Optional.of(since(m, (anchor, future) -> When.startingIn(d, d + 9)));
  }

  /** "18 Oct", "on October 18": the nearest such day on or before publication, or after it. */
  private static Optional<Resolver> dayMonth(Matcher m) {
    int month = CalendarDates.month(m.group("mon"));
    int day = num(m, "day");
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    return Optional.of(
        since(
            m,
            (anchor, future) ->
                anchor.flatMap(
                    a -> {
                      for (int k = 0; k <= 8; k++) { // 8 years reach the next 29 February
                        int y = future ? a.getYear() + k : a.getYear() - k;
                        Optional<LocalDate> d = CalendarDates.of(y, month, day);
                        if (d.isPresent()
                            && (future ? !d.get().isBefore(a) : !d.get().isAfter(a))) {
                          return When.day(d.get());
                        }
                      }
                      return Optional.empty();
                    })));
  }

  /**
   * "in October": the latest October on or before the publication month (on or after it in a clause
   * about the future). "last October" is strictly before the publication month, "next October"
   * strictly after, "this October" in the publication year.
   */
  private static Optional<Resolver> month(Matcher m) {
    int month = CalendarDates.month(m.group("mon"));
    String lead = m.group("lead");
    if (VERB_MONTHS.contains(m.group("mon")) && !STRONG_MONTH_LEADS.contains(lead)) {
      return Optional.empty(); // "this may escalate", "a march on the embassy"
    }
    return Optional.of(
        since(
            m,
            (anchor, future) ->
                anchor.flatMap(
                    a -> {
                      YearMonth pub = YearMonth.from(a);
                      YearMonth same = YearMonth.of(a.getYear(), month);
                      YearMonth target =
                          switch (lead) {
                            case "last" -> same.isBefore(pub) ? same : same.minusYears(1);
                            case "next" -> same.isAfter(pub) ? same : same.plusYears(1);
                            case "this" -> same;
                            default ->
                                future
                                    ? (same.isBefore(pub) ? same.plusYears(1) : same)
                                    : (same.isAfter(pub) ? same.minusYears(1) : same);
                          };
                      return When.month(target);
                    })));
  }

  private static Optional<Resolver> dayWord(Matcher m) {
    int offset =
        switch (m.group("word")) {
          case "yesterday", "last night" -> -1;
          case "tomorrow" -> 1;
          default -> 0;
        };
    return Optional.of((anchor, future) -> anchor.flatMap(a -> When.day(a.plusDays(offset))));
  }

  /**
   * "on Monday": the latest Monday on or before publication, the same day when the article is dated
   * a Monday; in a clause about the future, the next one on or after it. "last Monday" is strictly
   * before, "next Monday" strictly after.
   */
  private static Optional<Resolver> weekday(Matcher m) {
    int wd =
        java.time.DayOfWeek.valueOf(m.group("weekday").toUpperCase(java.util.Locale.ROOT))
            .getValue();
    String rel = m.group("rel") == null ? "" : m.group("rel");
    return Optional.of(
        (anchor, future) ->
            anchor.flatMap(
                a -> {
                  int back = Math.floorMod(a.getDayOfWeek().getValue() - wd, 7);
                  int ahead = Math.floorMod(wd - a.getDayOfWeek().getValue(), 7);
                  LocalDate d =
                      switch (rel) {
                        case "last" -> a.minusDays(back == 0 ? 7 : back);
                        case "next", "this coming", "coming" -> a.plusDays(ahead == 0 ? 7 : ahead);
                        default -> future ? a.plusDays(ahead) : a.minusDays(back);
                      };
                  return When.day(d);
                }));
  }

  /**
   * "last week", "this month", "next year". A week is never given a day: it is labelled by the
   * month its Monday-to-Sunday span lies in, or by the year when it crosses a month end.
   */
  private static Optional<Resolver> unit(Matcher m) {
    String rel = m.group("rel");
    int step =
        switch (rel) {
          case "last",
              "past",
              "previous",
              "the past",
              "the previous",
              "the last",
              "earlier last",
              "early last",
              "late last" ->
              -1;
          case "next", "coming", "the coming", "the next" -> 1;
          default -> 0;
        };
    String unit = m.group("unit");
    return Optional.of(
        (anchor, future) ->
            anchor.flatMap(
                a ->
                    switch (unit) {
                      case "week" -> week(a.plusWeeks(step), 0, 6);
                      case "weekend" -> week(a.plusWeeks(step), 5, 6);
                      case "month" -> When.month(YearMonth.from(a).plusMonths(step));
                      default -> When.year(a.getYear() + step);
                    }));
  }

  private static Optional<When> week(LocalDate inWeek, int fromDay, int toDay) {
    LocalDate monday = inWeek.minusDays(inWeek.getDayOfWeek().getValue() - 1L);
    return When.span(monday.plusDays(fromDay), monday.plusDays(toDay), When.Precision.MONTH);
  }

  private static Optional<Resolver> ago(Matcher m) {
    String n = m.group("n");
    int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : CalendarDates.number(n);
    String unit = m.group("unit");
    return Optional.of(
        (anchor, future) ->
            anchor.flatMap(
                a -> {
                  if (unit.startsWith("day")) {
                    return When.day(a.minusDays(count));
                  } else if (unit.startsWith("week")) {
                    return week(a.minusWeeks(count), 0, 6);
                  } else if (unit.startsWith("month")) {
                    return When.month(YearMonth.from(a).minusMonths(count));
                  } else if (unit.startsWith("decade")) {
                    return When.year(a.getYear() - 10 * count);
                  }
                  return When.year(a.getYear() - count);
                }));
  }

  /** "since March": dated to March, but running on to the time of writing. */
  private static Resolver since(Matcher m, Resolver r) {
    String lead = m.group("lead");
    return "since".equals(lead) ? (a, f) -> r.at(a, f).map(When::asOngoing) : r;
  }

  private static int num(Matcher m, String group) {
    return CalendarDates.number(m.group(group));
  }
}
