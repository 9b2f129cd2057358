package dev.dyad.core.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dictionary entry: a line of a dictionary file, plus its office lines for a person.
 *
 * @param code identifier, unique in a dictionary; a user file overrides the entry with the same
 *     code. For countries and organisations it is also the actor code.
 * @param kind what the entry names
 * @param name canonical name
 * @param aliases the phrases that match it (the name is one of them)
 * @param country ISO alpha-3 code of the country it belongs to, or empty
 * @param org organisation code for organisations (defaults to {@code code}), else empty
 * @param sector sector code added to the country or organisation, or empty
 * @param from first day the entry is valid (historical states), if known
 * @param to last day the entry is valid, if it ended
 * @param offices office holdings of a person, in file order; for a place, the countries it belonged
 *     to and when; for an institution, the codes it had and when
 * @param source file and line it was read from, for error messages
 */
public record ActorEntry(
    String code,
    ActorKind kind,
    String name,
    List<Alias> aliases,
    String country,
    String org,
    String sector,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    List<Office> offices,
    String source) {

  /** The sector of a listed person who holds no office on the day: a political elite. */
  public static final String ELITE = "ELI";

  public ActorEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    offices = List.copyOf(offices);
    Objects.requireNonNull(source, "source");
  }

  /**
   * A phrase that matches an entry.
   *
   * @param text the phrase as written in the file, without markers
   * @param caseSensitive whether the text must match letter case exactly ({@code =US})
   * @param shared whether another entry may deliberately use the same phrase ({@code ~})
   */
  public record Alias(String text, boolean caseSensitive, boolean shared) {
    public Alias {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * An office a person held.
   *
   * @param code actor code while in office, e.g. {@code RUSGOV} or {@code IGOWSTNAT}
   * @param title the office in words
   * @param from first day in office
   * @param to last day in office, empty while still in office
   */
  public record Office(String code, String title, LocalDate from, Optional<LocalDate> to) {
    public Office {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /** Whether the office was held on that day; both ends are inclusive. */
    public boolean covers(LocalDate date) {
      return !date.isBefore(from) && to.map(end -> !date.isAfter(end)).orElse(true);
    }
  }

  /**
   * The actor this entry stands for. A person is coded by the office held on {@code date}; with no
   * date, by the office still held (open-ended); with no such office, as an elite of the country
   * ({@code ELI}: a former or future office holder speaks for nobody's state, so "Biden attacked
   * Trump" in 2020 is one American against the government, not the state against itself). A place
   * is the country that held it on {@code date} (by default its {@code country}), with no sector;
   * an institution with dated lines is the code of the line that covers the date.
   */
  public Actor actorOn(Optional<LocalDate> date) {
    if (kind == ActorKind.PLACE) {
      // Juba is Sudan until 2011-07-08 and South Sudan from the next day.
      String held = officeOn(date).map(Office::code).orElse(country);
      return new Actor(held, held, "", name, kind);
    }
    if (kind == ActorKind.INSTITUTION && !offices.isEmpty()) {
      // The ANC was a banned liberation movement before 1990 and a party after.
      // The SPLA was a Sudanese rebel army until 2011 and South Sudan's army after.
      String code = officeOn(date).map(Office::code).orElse(country + sector);
      return new Actor(code, code.substring(0, 3), code.substring(3), name, kind);
    }
    if (kind == ActorKind.GROUP && !offices.isEmpty()) {
      // A group's home by date: Kosovo Albanians are YUG in 1998 and XKX in 2010.
      String home = officeOn(date).map(Office::code).orElse(country);
      return new Actor(home + sector, home, sector, name, kind);
    }
    if (kind != ActorKind.PERSON) {
      String base = kind == ActorKind.ORGANIZATION ? org : country;
      return new Actor(base + sector, country, sector, name, kind);
    }
    return officeOn(date)
        .map(office -> officeActor(office.code()))
        .orElseGet(
            () ->
                country.isEmpty()
                    ? new Actor(country, country, "", name, kind)
                    : new Actor(country + ELITE, country, ELITE, name, kind));
  }

  /**
   * The office held on {@code date} (the latest begun if several), or the open one with no date.
   */
  public Optional<Office> officeOn(Optional<LocalDate> date) {
    Office best = null;
    for (Office office : offices) {
      boolean holds = date.map(office::covers).orElse(office.to().isEmpty());
      if (holds && (best == null || !office.from().isBefore(best.from()))) {
        best = office;
      }
    }
    return Optional.ofNullable(best);
  }

  private Actor officeActor(String officeCode) {
    if (!country.isEmpty() && officeCode.startsWith(country)) {
      return new Actor(officeCode, country, officeCode.substring(country.length()), name, kind);
    }
    // An international office (NATO, UN): the organisation code stands alone.
    return new Actor(officeCode, "", "", name, kind);
  }
}
