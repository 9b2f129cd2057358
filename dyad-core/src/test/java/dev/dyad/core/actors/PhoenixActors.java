package dev.dyad.core.actors;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dyad.testkit.Corpora;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dated person entries of a PETRARCH actor dictionary (the Phoenix country file, read in
 * place from {@code ../shared/petrarch2/dictionaries}). Only what a comparison of office dates
 * needs is kept: the names of an entry and its dated code restrictions. The format is described in
 * {@code ../shared/petrarch2/dictionaries.rst}: a primary phrase, synonym phrases starting with
 * {@code +}, then restrictions on tab-indented lines such as {@code [USAGOV 930127-970121]}.
 */
final class PhoenixActors {
  static final String FILE = "Phoenix.Countries.actors.txt";

  /** {@code [CODE]}, {@code [CODE <date]}, {@code [CODE >date]} or {@code [CODE date-date]}. */
  private static final Pattern RESTRICTION =
      Pattern.compile(
          "\\[\\s*([A-Z0-9]+)\\s*([<>]?)(\\d{6}|\\d{8})?(?:\\s*-\\s*(\\d{6}|\\d{8}))?\\s*]");

  /** A dated code: {@code from} empty means "since always", {@code to} empty "still". */
  record Restriction(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    /** Whether it has a date at all (an undated code is the entry's default). */
    boolean dated() {
      return from.isPresent() || to.isPresent();
    }
  }

  /** One entry: its phrases (underscores read as spaces) and restrictions, with its line. */
  record Entry(List<String> names, List<Restriction> restrictions, int line) {}

  private PhoenixActors() {}

  /** The file beside this checkout; skips the calling test when it is absent. */
  static Path require() {
    Path file =
        Corpora.shared()
            .map(corpus -> corpus.resolveSibling("petrarch2").resolve("dictionaries").resolve(FILE))
            .orElse(null);
    assumeTrue(
        file != null && Files.isRegularFile(file),
        "skipped: ../shared/petrarch2/dictionaries/"
            + FILE
            + " is absent beside this checkout;"
            + " the comparison reads it in place");
    return file;
  }

  /** Every entry of the file, dated or not. */
  static List<Entry> read(BufferedReader reader) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Restriction> restrictions = new ArrayList<>();
    int start = 0;
    int number = 0;
    for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
      number++;
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0));
      String text = line.strip();
      if (indented && text.startsWith("[")) {
        restriction(text).ifPresent(restrictions::add);
        continue;
      }
      // Quirk: some entries list synonyms without the '+'; a phrase line is a new entry only
      // once the previous one has its restrictions, so those stay with their entry.
      if (!text.startsWith("+") && !restrictions.isEmpty()) {
        entries.add(new Entry(List.copyOf(names), List.copyOf(restrictions), start));
        names.clear();
        restrictions.clear();
      }
      if (names.isEmpty()) {
        start = number;
      }
      int bracket = text.indexOf('[');
      if (bracket >= 0) {
        restriction(text.substring(bracket)).ifPresent(restrictions::add);
        text = text.substring(0, bracket);
      }
      String name = text.replaceFirst("^\\+", "").replace('_', ' ').strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    if (!names.isEmpty()) {
      entries.add(new Entry(List.copyOf(names), List.copyOf(restrictions), start));
    }
    return entries;
  }

  private static String stripComment(String raw) {
    if (raw.startsWith("#")) {
      return "";
    }
    int hash = raw.indexOf('#');
    return hash >= 0 ? raw.substring(0, hash) : raw;
  }

  private static Optional<Restriction> restriction(String text) {
    Matcher m = RESTRICTION.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      Optional<LocalDate> first = Optional.ofNullable(m.group(3)).map(PhoenixActors::date);
      Optional<LocalDate> second = Optional.ofNullable(m.group(4)).map(PhoenixActors::date);
      return switch (m.group(2)) {
        case "<" -> Optional.of(new Restriction(m.group(1), Optional.empty(), first));
        case ">" -> Optional.of(new Restriction(m.group(1), first, Optional.empty()));
        default ->
            Optional.of(
                new Restriction(
                    m.group(1),
                    first,
                    second.isPresent() ? second : first.isPresent() ? first : Optional.empty()));
      };
    } catch (DateTimeException e) {
      return Optional.empty(); // an impossible date such as 19940231 dates nothing
    }
  }

  /**
   * YYYYMMDD, or YYMMDD. Quirk: two-digit years 00-20 are 2000-2020, the rest 1921-1999; the file
   * was written in 2014, so its office dates never pass 2020, and earlier birth years only date
   * elite codes, which the comparison ignores.
   */
  static LocalDate date(String digits) {
    if (digits.length() == 8) {
      return LocalDate.of(
          Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6, 8)));
    }
    int yy = Integer.parseInt(digits.substring(0, 2));
    return LocalDate.of(
        yy <= 20 ? 2000 + yy : 1900 + yy,
        Integer.parseInt(digits.substring(2, 4)),
        Integer.parseInt(digits.substring(4, 6)));
  }
}
