package dev.dyad.core.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Object classes from {@code claim-objects.txt}: "artillery shells" and "missiles" are munitions,
 * "soldiers" are troops. Claims merge only when their object classes agree, so a munitions transfer
 * never absorbs a troop deployment.
 */
final class ClaimObjects {
  static final String FILE = "claim-objects.txt";

  private final Map<String, String> classOf;

  private ClaimObjects(Map<String, String> classOf) {
    this.classOf = Map.copyOf(classOf);
  }

  private static final class BuiltIn {
    static final ClaimObjects INSTANCE = load();
  }

  static ClaimObjects builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Parses lines {@code class | word, word, …}; {@code #} starts a comment. */
  static ClaimObjects parse(List<String> lines) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\|", -1);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected 'class | words'");
      }
      String name = parts[0].strip();
      for (String word : parts[1].split(",")) {
        if (!word.isBlank()) {
          String previous = map.put(normalise(word), name);
          if (previous != null && !previous.equals(name)) {
            throw new IllegalStateException(
                FILE + ":" + (i + 1) + ": '" + word.strip() + "' is already in " + previous);
          }
        }
      }
    }
    return new ClaimObjects(map);
  }

  /**
   * The class of an object phrase: the whole phrase, else its last word; an unknown phrase is a
   * class of its own (singular, lower case).
   */
  String classOf(String object) {
    String phrase = normalise(object);
    String known = classOf.get(phrase);
    if (known == null) {
      known = classOf.get(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }
    return known != null ? known : phrase;
  }

  Optional<String> classOf(Optional<String> object) {
    return object.filter(o -> !o.isBlank()).map(this::classOf);
  }

  /** Lower case, single spaces, a plain plural "s" dropped from each word. */
  static String normalise(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String word : phrase.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
        word = word.substring(0, word.length() - 1);
      }
      out.append(out.length() > 0 ? " " : "").append(word);
    }
    return out.toString();
  }

  private static ClaimObjects load() {
    try (InputStream in = ClaimObjects.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FILE);
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}
