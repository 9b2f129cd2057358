package dev.dyad.core.actors;

import dev.dyad.core.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one dictionary file; the format is described on {@link ActorDictionary}. */
final class DictionaryParser {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z]{3}[A-Z0-9]*");

  /** Kinds whose line may be followed by dated lines: offices, or who held a place when. */
  private static final java.util.Set<ActorKind> DATED_KINDS =
      java.util.EnumSet.of(
          ActorKind.PERSON, ActorKind.PLACE, ActorKind.INSTITUTION, ActorKind.GROUP);

  private final String file;
  private final List<ActorEntry> entries = new ArrayList<>();
  private final Map<String, Integer> lineOfCode = new HashMap<>();
  private int lineNumber;
  private Pending person; // the person whose office lines may follow

  private DictionaryParser(String file) {
    this.file = file;
  }

  /** Parses every line; {@code file} names the source in entries and errors. */
  static List<ActorEntry> parse(BufferedReader reader, String file) throws IOException {
    DictionaryParser parser = new DictionaryParser(file);
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      parser.lineNumber++;
      parser.line(line);
    }
    parser.flush();
    return List.copyOf(parser.entries);
  }

  private void line(String raw) {
    int hash = raw.indexOf('#');
    String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    if (lineNumber == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1).strip();
    }
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith(">")) {
      office(line.substring(1));
    } else {
      flush();
      entry(line);
    }
  }

  private void entry(String line) {
    String[] f = fields(line, 4, 5, "CODE | kind | name | aliases [| attributes]");
    String code = f[0];
    if (!CODE.matcher(code).matches()) {
      throw error("bad code '" + code + "': use letters, digits, '_', '-' or '.'");
    }
    if (lineOfCode.putIfAbsent(code, lineNumber) != null) {
      throw error("code " + code + " is already used on line " + lineOfCode.get(code));
    }
    ActorKind kind = kind(f[1]);
    String name = f[2];
    if (name.isEmpty()) {
      throw error("the name is empty");
    }
    Map<String, String> attrs = attributes(f.length > 4 ? f[4] : "");
    String country = attrs.getOrDefault("country", kind == ActorKind.COUNTRY ? code : "");
    String sector = attrs.getOrDefault("sector", kind == ActorKind.ROLE ? code : "");
    String org = kind == ActorKind.ORGANIZATION ? attrs.getOrDefault("org", code) : "";
    if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
      throw error("country code '" + country + "' is not three upper-case letters");
    }
    if (!sector.isEmpty() && !COUNTRY.matcher(sector).matches()) {
      throw error("sector code '" + sector + "' is not three upper-case letters");
    }
    if (!org.isEmpty() && !ACTOR_CODE.matcher(org).matches()) {
      throw error("organisation code '" + org + "' is not upper-case letters");
    }
    switch (kind) {
      case INSTITUTION ->
          require(
              !country.isEmpty() && !sector.isEmpty(),
              "an institution needs country=XXX and sector=XXX");
      case PERSON -> require(!country.isEmpty(), "a person needs country=XXX");
      case PLACE ->
          require(
              !country.isEmpty() && sector.isEmpty(), "a place needs country=XXX and no sector");
      case TITLE, GROUP -> require(!sector.isEmpty(), "a title or group needs sector=XXX");
      default -> {}
    }
    Optional<LocalDate> from = Optional.ofNullable(attrs.get("from")).map(d -> date(d, false));
    Optional<LocalDate> to = Optional.ofNullable(attrs.get("to")).map(d -> date(d, true));
    person =
        new Pending(
            code,
            kind,
            name,
            aliases(f[3], name),
            country,
            org,
            sector,
            from,
            to,
            new ArrayList<>(),
            file + ":" + lineNumber);
  }

  private void office(String line) {
    if (person == null || !DATED_KINDS.contains(person.kind)) {
      throw error("an office line (>) must follow a person, place, institution or group line");
    }
    String[] f = fields(line, 3, 4, "> CODE | title | from [| to]");
    if (!ACTOR_CODE.matcher(f[0]).matches()) {
      throw error("office code '" + f[0] + "' is not upper-case letters, e.g. RUSGOV");
    }
    LocalDate from = date(f[2], false);
    Optional<LocalDate> to =
        f.length > 3 && !f[3].isEmpty() ? Optional.of(date(f[3], true)) : Optional.empty();
    if (to.isPresent() && to.get().isBefore(from)) {
      throw error("office ends before it begins");
    }
    if (person.kind == ActorKind.PLACE && !COUNTRY.matcher(f[0]).matches()) {
      throw error("a place's period code '" + f[0] + "' is not a country code");
    }
    if (person.kind == ActorKind.GROUP && !COUNTRY.matcher(f[0]).matches()) {
      throw error("a group's period code '" + f[0] + "' is not a country code");
    }
    if (person.kind == ActorKind.INSTITUTION && !f[0].matches("[A-Z]{6}")) {
      throw error("an institution's period code '" + f[0] + "' is not a country + a sector");
    }
    person.offices.add(new ActorEntry.Office(f[0], f[1], from, to));
  }

  private void flush() {
    if (person != null) {
      entries.add(
          new ActorEntry(
              person.code,
              person.kind,
              person.name,
              person.aliases,
              person.country,
              person.org,
              person.sector,
              person.from,
              person.to,
              person.offices,
              person.source));
      person = null;
    }
  }

  private String[] fields(String line, int min, int max, String expected) {
    String[] f = line.split("\\|", -1);
    if (f.length < min || f.length > max) {
      throw error("expected " + expected + " but found " + f.length + " field(s)");
    }
    for (int k = 0; k < f.length; k++) {
      f[k] = f[k].strip();
    }
    return f;
  }

  private ActorKind kind(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "country" -> ActorKind.COUNTRY;
      case "org", "organization", "organisation" -> ActorKind.ORGANIZATION;
      case "institution" -> ActorKind.INSTITUTION;
      case "role" -> ActorKind.ROLE;
      case "person" -> ActorKind.PERSON;
      case "ignore" -> ActorKind.IGNORE;
      case "title" -> ActorKind.TITLE;
      case "group" -> ActorKind.GROUP;
      case "place" -> ActorKind.PLACE;
      default ->
          throw error(
              "unknown kind '"
                  + word
                  + "': use country, org, institution, role, title, group, place, person or ignore");
    };
  }

  private Map<String, String> attributes(String field) {
    Map<String, String> attrs = new HashMap<>();
    for (String part : field.split(";")) {
      String item = part.strip();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      String key = eq > 0 ? item.substring(0, eq).strip() : "";
      if (!List.of("country", "org", "sector", "from", "to").contains(key)) {
        throw error("bad attribute '" + item + "': use country=, org=, sector=, from= or to=");
      }
      attrs.put(key, item.substring(eq + 1).strip());
    }
    return attrs;
  }

  /** Aliases separated by ';'; '=' marks case-sensitive, '~' deliberately shared. */
  private List<ActorEntry.Alias> aliases(String field, String name) {
    List<ActorEntry.Alias> aliases = new ArrayList<>();
    boolean nameListed = false;
    for (String part : field.split(";")) {
      String text = part.strip();
      boolean caseSensitive = false;
      boolean shared = false;
      while (text.startsWith("=") || text.startsWith("~")) {
        caseSensitive |= text.charAt(0) == '=';
        shared |= text.charAt(0) == '~';
        text = text.substring(1).strip();
      }
      if (text.isEmpty()) {
        if (caseSensitive || shared) {
          throw error("a marker with no alias after it");
        }
        continue;
      }
      if (Tokenizer.tokenize(text).isEmpty()) {
        throw error("alias '" + text + "' has no words");
      }
      nameListed |= text.equalsIgnoreCase(name);
      aliases.add(new ActorEntry.Alias(text, caseSensitive, shared));
    }
    if (!nameListed) {
      aliases.add(0, new ActorEntry.Alias(name, false, false));
    }
    return aliases;
  }

  private LocalDate date(String text, boolean end) {
    try {
      if (text.length() == 7) {
        // Quirk: a month alone ("2019-05") stands for an uncertain day in it.
        YearMonth month = YearMonth.parse(text);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("bad date '" + text + "': use YYYY-MM-DD or YYYY-MM");
    }
  }

  private void require(boolean ok, String problem) {
    if (!ok) {
      throw error(problem);
    }
  }

  private DictionaryFormatException error(String problem) {
    return new DictionaryFormatException(file, lineNumber, problem);
  }

  /** An entry still collecting office lines. */
  private record Pending(
      String code,
      ActorKind kind,
      String name,
      List<ActorEntry.Alias> aliases,
      String country,
      String org,
      String sector,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      List<ActorEntry.Office> offices,
      String source) {}
}
