package dev.dyad.core.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One office line of {@code people.txt} as written. The dictionary parser turns a month-only date
 * ("2019-05") into a day; the overlap check needs to know which dates gave only the month, so this
 * reads the text itself.
 *
 * @param person code of the person the line follows
 * @param code office code, e.g. {@code RUSGOV}
 * @param title the office in words
 * @param from first day (the first of the month when only the month is known)
 * @param to last day (the last of the month when only the month is known), empty while in office
 * @param fromMonthOnly whether {@code from} was written as a month
 * @param toMonthOnly whether {@code to} was written as a month
 * @param line line number in the file
 */
record OfficeTerm(
    String person,
    String code,
    String title,
    LocalDate from,
    Optional<LocalDate> to,
    boolean fromMonthOnly,
    boolean toMonthOnly,
    int line) {

  static final String PEOPLE = "/dev/dyad/core/actors/people.txt";

  /** Every office line of the built-in people file, in file order. */
  static List<OfficeTerm> builtIn() {
    try (InputStream in = OfficeTerm.class.getResourceAsStream(PEOPLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PEOPLE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Office lines of a text in the people-file format. */
  static List<OfficeTerm> read(BufferedReader reader) throws IOException {
    List<OfficeTerm> terms = new ArrayList<>();
    String person = "";
    int number = 0;
    for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
      number++;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.replaceFirst("^>", "").split("\\|", -1);
      if (!line.startsWith(">")) {
        person = f[0].strip();
        continue;
      }
      String from = f[2].strip();
      String to = f.length > 3 ? f[3].strip() : "";
      terms.add(
          new OfficeTerm(
              person,
              f[0].strip(),
              f[1].strip(),
              day(from, false),
              to.isEmpty() ? Optional.empty() : Optional.of(day(to, true)),
              from.length() == 7,
              to.length() == 7,
              number));
    }
    return terms;
  }

  /** The last day held, or {@link LocalDate#MAX} while in office. */
  LocalDate end() {
    return to.orElse(LocalDate.MAX);
  }

  private static LocalDate day(String text, boolean end) {
    if (text.length() == 7) {
      YearMonth month = YearMonth.parse(text);
      return end ? month.atEndOfMonth() : month.atDay(1);
    }
    return LocalDate.parse(text);
  }

  @Override
  public String toString() {
    return person
        + " "
        + title
        + " "
        + (fromMonthOnly ? YearMonth.from(from) : from)
        + ".."
        + to.map(d -> toMonthOnly ? YearMonth.from(d).toString() : d.toString()).orElse("")
        + " (people.txt:"
        + line
        + ")";
  }
}
