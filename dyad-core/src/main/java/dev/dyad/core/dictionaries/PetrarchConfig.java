package dev.dyad.core.dictionaries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dictionary set a PETRARCH-2 config file names in its {@code [Dictionaries]} section, with
 * every file resolved against the config file's folder. Other sections ({@code [Options]}, {@code
 * [StanfordNLP]}) are PETRARCH's own and are not read.
 *
 * @param config the config file
 * @param verbs {@code verbfile_name}: the verb patterns, in either syntax
 * @param actors {@code actorfile_list}: the actor files, comma-separated, in order
 * @param agents {@code agentfile_name}, if given
 * @param discards {@code discardfile_name}, if given
 * @param issues {@code issuefile_name}, if given; Dyad codes no issues and does not read it
 */
public record PetrarchConfig(
    Path config,
    Path verbs,
    List<Path> actors,
    Optional<Path> agents,
    Optional<Path> discards,
    Optional<Path> issues) {

  public PetrarchConfig {
    actors = List.copyOf(actors);
  }

  /**
   * Reads {@code file}. Quirk: as Python's configparser, keys are case-insensitive, {@code =} or
   * {@code :} separates key and value, whole-line {@code #} and {@code ;} comments are skipped and
   * an indented line continues the value above it; a section given twice is read as one.
   *
   * @throws DictionaryLoadException when the file cannot be read, has no {@code [Dictionaries]}
   *     section, or names no verb file or no actor file
   */
  public static PetrarchConfig read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DictionaryLoadException(file, "cannot read the config file (" + e + ")", e);
    }
    Map<String, String> section = section(lines, "dictionaries");
    if (section == null) {
      throw new DictionaryLoadException(file, "no [Dictionaries] section");
    }
    Path dir = file.toAbsolutePath().getParent();
    String verbs = section.get("verbfile_name");
    if (verbs == null || verbs.isBlank()) {
      throw new DictionaryLoadException(file, "[Dictionaries] names no verbfile_name");
    }
    String actorList = section.getOrDefault("actorfile_list", "");
    List<Path> actors = new ArrayList<>();
    for (String name : actorList.split(",")) {
      if (!name.isBlank()) {
        actors.add(dir.resolve(name.strip()));
      }
    }
    if (actors.isEmpty()) {
      throw new DictionaryLoadException(file, "[Dictionaries] names no actorfile_list");
    }
    return new PetrarchConfig(
        file,
        dir.resolve(verbs.strip()),
        actors,
        optional(section, "agentfile_name", dir),
        optional(section, "discardfile_name", dir),
        optional(section, "issuefile_name", dir));
  }

  /** Every file the set reads, in load order (the issue file is not read). */
  public List<Path> files() {
    List<Path> all = new ArrayList<>();
    all.add(verbs);
    all.addAll(actors);
    agents.ifPresent(all::add);
    discards.ifPresent(all::add);
    return all;
  }

  private static Optional<Path> optional(Map<String, String> section, String key, Path dir) {
    String value = section.get(key);
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(dir.resolve(value.strip()));
  }

  /** The keys of section {@code name} (lower case), or null when there is no such section. */
  private static Map<String, String> section(List<String> lines, String name) {
    Map<String, String> keys = null;
    boolean inside = false;
    String lastKey = null;
    for (String raw : lines) {
      String line = raw.stripTrailing();
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        inside =
            trimmed
                .substring(1, trimmed.length() - 1)
                .strip()
                .toLowerCase(Locale.ROOT)
                .equals(name);
        if (inside && keys == null) {
          keys = new LinkedHashMap<>();
        }
        lastKey = null;
        continue;
      }
      if (!inside) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
        keys.merge(lastKey, " " + trimmed, String::concat);
        continue;
      }
      int eq = firstSeparator(trimmed);
      if (eq <= 0) {
        continue;
      }
      lastKey = trimmed.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      keys.put(lastKey, trimmed.substring(eq + 1).strip());
    }
    return keys;
  }

  private static int firstSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }
}
