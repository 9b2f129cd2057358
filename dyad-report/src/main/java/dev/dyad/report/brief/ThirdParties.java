package dev.dyad.report.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The third parties a dyad's brief lists first under Reactions, from {@code third-parties.txt}. */
final class ThirdParties {
  private static final Map<Set<String>, List<String>> DEFAULTS = load();

  private ThirdParties() {}

  /** The default order for a dyad; empty for an actor or a dyad without one. */
  static List<String> first(BriefSubject subject) {
    if (!subject.isDyad()) {
      return List.of();
    }
    return DEFAULTS.getOrDefault(
        Set.of(subject.members().get(0).code(), subject.members().get(1).code()), List.of());
  }

  private static Map<Set<String>, List<String>> load() {
    Map<Set<String>, List<String>> out = new HashMap<>();
    try (InputStream in = ThirdParties.class.getResourceAsStream("third-parties.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource third-parties.txt");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        String text = line.replaceFirst("#.*", "").strip();
        if (text.isEmpty()) {
          continue;
        }
        String[] parts = text.split("\\|");
        String[] dyad = parts[0].strip().split("\\s+");
        if (parts.length != 2 || dyad.length != 2) {
          throw new IllegalStateException(
              "third-parties.txt:" + n + ": expected \"A B | THIRD …\"");
        }
        out.put(Set.of(dyad[0], dyad[1]), Arrays.asList(parts[1].strip().split("\\s+")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
