package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the government terms of Dyad's people with the dated entries of a PETRARCH actor
 * dictionary, one date at a time.
 *
 * <p>A person is compared when one of their full names (two words or more, never a shared alias) is
 * a phrase of a dated entry there. Each first and last day of a Dyad office coded {@code
 * <country>GOV} is checked when the other file dates the person in government around that term: it
 * agrees when the other file changes the person's code within {@link #TOLERANCE_DAYS} of it. Dates
 * are compared, not offices, because the other file codes every post as GOV (a senator, a minister,
 * a president) and splits them differently. A last day after the other file was written agrees with
 * a term still open there.
 */
final class OfficeComparison {
  static final int TOLERANCE_DAYS = 60;

  /**
   * One of Dyad's dates and the other file's nearest change of code.
   *
   * @param person the Dyad entry
   * @param office the office as written in Dyad
   * @param first whether the date is the office's first day (else its last)
   * @param date the date in Dyad
   * @param nearest the other file's nearest date, empty when it has the person still in office
   * @param agrees whether the two agree
   * @param otherLine line of the other file's entry
   */
  record Check(
      ActorEntry person,
      ActorEntry.Office office,
      boolean first,
      LocalDate date,
      Optional<LocalDate> nearest,
      boolean agrees,
      int otherLine) {
    @Override
    public String toString() {
      return person.code()
          + " "
          + office.title()
          + " "
          + (first ? "from " : "to ")
          + date
          + " ("
          + person.source()
          + "); Phoenix "
          + nearest.map(d -> "nearest " + d).orElse("still in office")
          + " (line "
          + otherLine
          + ")";
    }
  }

  /** Every check, in Dyad's file order. */
  record Result(List<Check> checks) {
    Set<String> peopleCompared() {
      return checks.stream()
          .map(c -> c.person().code())
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    List<Check> agreements() {
      return checks.stream().filter(Check::agrees).toList();
    }

    List<Check> disagreements() {
      return checks.stream().filter(c -> !c.agrees()).toList();
    }
  }

  private OfficeComparison() {}

  /**
   * Compares {@code people} with {@code entries}, a file written on {@code written}: offices that
   * begin after it are left out.
   */
  static Result compare(
      List<ActorEntry> people, List<PhoenixActors.Entry> entries, LocalDate written) {
    Map<String, List<PhoenixActors.Entry>> byName = new HashMap<>();
    for (PhoenixActors.Entry entry : entries) {
      if (entry.restrictions().stream().anyMatch(PhoenixActors.Restriction::dated)) {
        for (String name : entry.names()) {
          byName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(entry);
        }
      }
    }
    LocalDate horizon = written.minusDays(TOLERANCE_DAYS);
    List<Check> checks = new ArrayList<>();
    for (ActorEntry person : people) {
      if (person.kind() != ActorKind.PERSON) {
        continue;
      }
      String gov = person.country() + "GOV";
      Set<PhoenixActors.Entry> found = new LinkedHashSet<>();
      for (ActorEntry.Alias alias : person.aliases()) {
        String key = key(alias.text());
        if (!alias.shared() && key.contains(" ")) {
          found.addAll(byName.getOrDefault(key, List.of()));
        }
      }
      List<PhoenixActors.Restriction> theirs =
          found.stream()
              .flatMap(e -> e.restrictions().stream())
              .filter(r -> r.code().startsWith(gov) && r.dated())
              .toList();
      if (theirs.isEmpty()) {
        continue;
      }
      int line = found.iterator().next().line();
      List<LocalDate> changes =
          theirs.stream()
              .flatMap(r -> java.util.stream.Stream.of(r.from(), r.to()))
              .flatMap(Optional::stream)
              .toList();
      for (ActorEntry.Office office : person.offices()) {
        if (!office.code().equals(gov)
            || !office.from().isBefore(written)
            || theirs.stream().noneMatch(r -> near(r, office))) {
          continue;
        }
        checks.add(check(person, office, true, office.from(), changes, line));
        LocalDate to = office.to().orElse(LocalDate.MAX);
        if (to.isBefore(horizon)) {
          checks.add(check(person, office, false, to, changes, line));
        } else {
          boolean open = theirs.stream().anyMatch(r -> r.to().map(horizon::isBefore).orElse(true));
          Optional<LocalDate> last = changes.stream().max(Comparator.naturalOrder());
          checks.add(
              new Check(
                  person,
                  office,
                  false,
                  to.equals(LocalDate.MAX) ? written : to,
                  open ? Optional.empty() : last,
                  open,
                  line));
        }
      }
    }
    return new Result(checks);
  }

  private static Check check(
      ActorEntry person,
      ActorEntry.Office office,
      boolean first,
      LocalDate date,
      List<LocalDate> changes,
      int line) {
    Optional<LocalDate> nearest =
        changes.stream()
            .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(d, date))));
    boolean agrees =
        nearest
            .map(d -> Math.abs(ChronoUnit.DAYS.between(d, date)) <= TOLERANCE_DAYS)
            .orElse(false);
    return new Check(person, office, first, date, nearest, agrees, line);
  }

  /** Whether the other file has the person in government within the tolerance of the office. */
  private static boolean near(PhoenixActors.Restriction r, ActorEntry.Office office) {
    LocalDate from = r.from().orElse(LocalDate.MIN);
    LocalDate to = r.to().orElse(LocalDate.MAX);
    LocalDate start = office.from().minusDays(TOLERANCE_DAYS);
    LocalDate end = office.to().map(d -> d.plusDays(TOLERANCE_DAYS)).orElse(LocalDate.MAX);
    return !from.isAfter(end) && !to.isBefore(start);
  }

  /** A name as the matcher sees it: tokens folded to lower case and without accents. */
  static String key(String name) {
    return Tokenizer.tokenize(name).stream().map(Token::key).collect(Collectors.joining(" "));
  }
}
