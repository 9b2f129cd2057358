package dev.dyad.core.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Actor dictionaries: countries, historical states, organisations, role words, institutions and
 * people, read from plain UTF-8 text files that a person edits and diffs.
 *
 * <p>One entry per line, fields separated by {@code |}:
 *
 * <pre>
 * CODE | kind | canonical name | alias; alias; =CaseSensitive; ~Shared | key=value; key=value
 * </pre>
 *
 * <ul>
 *   <li>{@code kind} is {@code country}, {@code org}, {@code institution}, {@code role}, {@code
 *       person} or {@code ignore} (a phrase to swallow and not code, such as "Latin America").
 *   <li>The canonical name is an alias too. Aliases match whole tokens, ignoring letter case and
 *       accents; {@code =} before an alias makes it case-sensitive ({@code =US} is not "us");
 *       {@code ~} marks an alias that another entry deliberately shares (the first one loaded
 *       wins).
 *   <li>Attributes: {@code country=} (ISO alpha-3; a country's own code by default), {@code
 *       sector=} (three letters, e.g. GOV; a role's own code by default), {@code org=} (an
 *       organisation's base code, by default its CODE), {@code from=} and {@code to=} (validity,
 *       {@code YYYY-MM-DD} or {@code YYYY-MM}).
 *   <li>A person's line is followed by office lines: {@code > RUSGOV | President | 2012-05-07 |}
 *       (the last date empty while in office; both ends inclusive).
 *   <li>{@code #} starts a comment; blank lines are ignored.
 * </ul>
 *
 * <p>CODE is unique: a user file ({@link #withOverrides}) replaces the built-in entry with the same
 * code and adds the others; on an alias clash its entries win.
 */
public final class ActorDictionary {
  private static final String RESOURCE_DIR = "/dev/dyad/core/actors/";
  private static final List<String> BUILT_IN =
      List.of(
          "countries.txt",
          "historical.txt",
          "places.txt",
          "organizations.txt",
          "roles.txt",
          "groups.txt",
          "people.txt");

  private final List<ActorEntry> entries;
  private final Map<String, ActorEntry> byCode;

  private ActorDictionary(List<ActorEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, ActorEntry> map = new LinkedHashMap<>();
    for (ActorEntry entry : this.entries) {
      ActorEntry earlier = map.putIfAbsent(entry.code(), entry);
      if (earlier != null) {
        throw new DictionaryFormatException(
            entry.source().replaceFirst(":\\d+$", ""),
            lineOf(entry),
            "code " + entry.code() + " is already used at " + earlier.source());
      }
    }
    this.byCode = map;
  }

  private static final class BuiltIn {
    static final ActorDictionary INSTANCE = loadBuiltIn();
  }

  /** The class-path resources of the built-in dictionary, for a content hash. */
  public static List<String> builtInResources() {
    return BUILT_IN.stream().map(name -> RESOURCE_DIR + name).toList();
  }

  /** The dictionaries shipped with Dyad, loaded once. */
  public static ActorDictionary builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * A dictionary of entries compiled elsewhere (an actor file of another format, read by {@code
   * dev.dyad.core.dictionaries}), in priority order.
   *
   * @throws DictionaryFormatException when two entries share a code
   */
  public static ActorDictionary of(List<ActorEntry> entries) {
    return new ActorDictionary(entries);
  }

  /**
   * This dictionary and {@code later} together, {@code later}'s entries first: on a phrase both
   * use, {@code later}'s entry wins (the longest match still wins first).
   *
   * @throws DictionaryFormatException when the two share an entry code
   */
  public ActorDictionary overriddenBy(ActorDictionary later) {
    List<ActorEntry> merged = new ArrayList<>(later.entries);
    merged.addAll(entries);
    return new ActorDictionary(merged);
  }

  /**
   * This dictionary with a user file applied: its entries come first and replace entries with the
   * same code.
   *
   * @throws DictionaryFormatException naming the file and line of a malformed line
   * @throws UncheckedIOException if the file cannot be read
   */
  public ActorDictionary withOverrides(Path userFile) {
    List<ActorEntry> user;
    try (BufferedReader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      user = DictionaryParser.parse(reader, userFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + userFile, e);
    }
    List<ActorEntry> merged = new ArrayList<>(user);
    Map<String, ActorEntry> replaced = new LinkedHashMap<>();
    user.forEach(entry -> replaced.put(entry.code(), entry));
    for (ActorEntry entry : entries) {
      if (!replaced.containsKey(entry.code())) {
        merged.add(entry);
      }
    }
    return new ActorDictionary(merged);
  }

  /** Every entry, in priority order (user entries first, then file order). */
  public List<ActorEntry> entries() {
    return entries;
  }

  /** The entry with that code. */
  public Optional<ActorEntry> entry(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  private static ActorDictionary loadBuiltIn() {
    List<ActorEntry> all = new ArrayList<>();
    for (String name : BUILT_IN) {
      try (InputStream in = ActorDictionary.class.getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("missing built-in actor dictionary " + name);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        all.addAll(DictionaryParser.parse(reader, name));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read built-in actor dictionary " + name, e);
      }
    }
    return new ActorDictionary(all);
  }

  private static int lineOf(ActorEntry entry) {
    String source = entry.source();
    return Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
  }
}
