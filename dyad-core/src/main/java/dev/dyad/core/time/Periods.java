package dev.dyad.core.time;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The named periods of {@code periods.txt}, a file analysts edit without touching code. */
final class Periods {
  private static final Pattern FIELDS = Pattern.compile("\\s+");

  /**
   * A named period.
   *
   * @param names each name as token keys ("cold war"), longest first so "Soviet Union" wins over
   *     "Soviet"
   * @param first its first year; empty for an era cue
   * @param last its last year
   */
  record Period(List<String> names, OptionalInt first, int last) {
    boolean cue() {
      return first.isEmpty();
    }
  }

  private static final List<Period> BUILT_IN = load();

  private Periods() {}

  static List<Period> builtIn() {
    return BUILT_IN;
  }

  /** Parses the file format; malformed lines fail loudly, since a silent skip hides a typo. */
  static List<Period> parse(List<String> lines) {
    List<Period> periods = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = FIELDS.split(line, 3);
      if (f.length < 3) {
        throw new IllegalArgumentException("period line needs two years and a name: " + line);
      }
      OptionalInt first = f[0].equals("-") ? OptionalInt.empty() : OptionalInt.of(year(f[0], line));
      int last = year(f[1], line);
      if (first.isPresent() && first.getAsInt() > last) {
        throw new IllegalArgumentException("period ends before it starts: " + line);
      }
      List<String> names = new ArrayList<>();
      for (String name : f[2].split("\\|")) {
        String keys = keys(name);
        if (keys.startsWith("the ")) {
          keys = keys.substring(4); // "the" is optional in text anyway
        }
        if (!keys.isEmpty()) {
          names.add(keys);
        }
      }
      names.sort(Comparator.comparingInt(String::length).reversed());
      periods.add(new Period(List.copyOf(names), first, last));
    }
    return List.copyOf(periods);
  }

  /** A name as the finder sees it: token keys joined by single spaces. */
  static String keys(String name) {
    return Tokenizer.tokenize(name).stream().map(Token::key).collect(Collectors.joining(" "));
  }

  private static int year(String field, String line) {
    int y = CalendarDates.number(field);
    if (y < When.MIN_YEAR || y > When.MAX_YEAR) {
      throw new IllegalArgumentException("year out of 1800..2100: " + line);
    }
    return y;
  }

  private static List<Period> load() {
    try (InputStream in = Periods.class.getResourceAsStream("periods.txt")) {
      if (in == null) {
        throw new IllegalStateException("periods.txt is missing from the classpath");
      }
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return parse(r.lines().toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Period> named(List<Period> periods, String keys) {
    return periods.stream().filter(p -> p.names().contains(keys)).findFirst();
  }
}
