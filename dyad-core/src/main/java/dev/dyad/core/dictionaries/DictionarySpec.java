package dev.dyad.core.dictionaries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which dictionaries to code with, as written on the command line: {@code builtin} (Dyad's own),
 * {@code petrarch:FILE.ini} (the set a PETRARCH-2 config file names in its {@code [Dictionaries]}
 * section) or several joined by {@code +}, such as {@code builtin+petrarch:FILE.ini}. Parts are
 * merged in order; on a conflict the later part wins for the same phrase.
 *
 * @param parts the parts, in order; never empty
 */
public record DictionarySpec(List<Part> parts) {
  /** The built-in dictionaries alone: the default. */
  public static final DictionarySpec BUILTIN = new DictionarySpec(List.of(new BuiltIn()));

  private static final String PETRARCH = "petrarch:";
  private static final String BUILTIN_WORD = "builtin";

  public DictionarySpec {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a dictionary spec needs a part");
    }
  }

  /** One part of a spec. */
  public sealed interface Part permits BuiltIn, Petrarch {}

  /** Dyad's built-in dictionaries. */
  public record BuiltIn() implements Part {
    @Override
    public String toString() {
      return BUILTIN_WORD;
    }
  }

  /**
   * The set named by a PETRARCH-2 config file.
   *
   * @param file the {@code .ini} file, as written
   */
  public record Petrarch(String file) implements Part {
    public Petrarch {
      Objects.requireNonNull(file, "file");
    }

    /** The config file. */
    public Path config() {
      return Path.of(file);
    }

    @Override
    public String toString() {
      return PETRARCH + file;
    }
  }

  /**
   * Parses a spec. Parts are split at a {@code +} that begins {@code builtin} or {@code petrarch:},
   * so a file name may hold a {@code +} of its own.
   *
   * @throws IllegalArgumentException saying what is wrong, for a usage error
   */
  public static DictionarySpec parse(String text) {
    Objects.requireNonNull(text, "text");
    String spec = text.strip();
    if (spec.isEmpty()) {
      throw new IllegalArgumentException(
          "empty dictionary spec: use builtin, petrarch:FILE.ini or builtin+petrarch:FILE.ini");
    }
    List<Part> parts = new ArrayList<>();
    for (String piece : split(spec)) {
      if (piece.equals(BUILTIN_WORD)) {
        parts.add(new BuiltIn());
      } else if (piece.startsWith(PETRARCH)) {
        String file = piece.substring(PETRARCH.length()).strip();
        if (file.isEmpty()) {
          throw new IllegalArgumentException(
              "'" + piece + "' names no file: write petrarch:FILE.ini");
        }
        try {
          Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
          throw new IllegalArgumentException("'" + file + "' is not a file name: " + e.getReason());
        }
        parts.add(new Petrarch(file));
      } else {
        throw new IllegalArgumentException(
            "unknown dictionary set '"
                + piece
                + "': use builtin, petrarch:FILE.ini, or several joined by +");
      }
    }
    return new DictionarySpec(parts);
  }

  private static List<String> split(String spec) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < spec.length(); i++) {
      if (spec.charAt(i) == '+'
          && (spec.startsWith(BUILTIN_WORD, i + 1) && endsPart(spec, i + 1 + BUILTIN_WORD.length())
              || spec.startsWith(PETRARCH, i + 1))) {
        pieces.add(spec.substring(start, i));
        start = i + 1;
      }
    }
    pieces.add(spec.substring(start));
    return pieces;
  }

  private static boolean endsPart(String spec, int at) {
    return at == spec.length() || spec.charAt(at) == '+';
  }

  /** Whether the spec is the built-in set alone. */
  public boolean isBuiltIn() {
    return parts.equals(BUILTIN.parts);
  }

  /** The spec as written: parts joined by {@code +}; {@link #parse} reads it back. */
  public String text() {
    return String.join("+", parts.stream().map(Part::toString).toList());
  }

  @Override
  public String toString() {
    return text();
  }
}
