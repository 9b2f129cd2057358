package dev.dyad.app;

import dev.dyad.core.dictionaries.DictionaryLoadException;
import dev.dyad.core.dictionaries.DictionarySet;
import dev.dyad.core.dictionaries.DictionarySpec;
import picocli.CommandLine.Option;

/** The {@code --dictionaries} option of every command that codes. */
final class DictionaryOptions {
  static final String DESCRIPTION =
      "Which dictionaries to code with: builtin (Dyad's own), petrarch:FILE.ini (the set the"
          + " [Dictionaries] section of a PETRARCH-2 config file names, files relative to it), or"
          + " both merged, builtin+petrarch:FILE.ini (the later wins for the same phrase)."
          + " Default: ${DEFAULT-VALUE}.";

  @Option(
      names = "--dictionaries",
      paramLabel = "SPEC",
      defaultValue = "builtin",
      description = DESCRIPTION)
  String dictionaries;

  /** The spec given; a malformed one is a usage error. */
  DictionarySpec spec() {
    return parse(dictionaries);
  }

  static DictionarySpec parse(String text) {
    try {
      return DictionarySpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageException("--dictionaries: " + e.getMessage());
    }
  }

  /**
   * The set, loaded; a config file or dictionary file that cannot be read is a usage error naming
   * it (the lines inside a file are never: a bad one is skipped and counted).
   */
  static DictionarySet load(DictionarySpec spec) {
    try {
      return DictionarySet.load(spec);
    } catch (DictionaryLoadException e) {
      throw new Failures.UsageException("--dictionaries: " + e.getMessage());
    }
  }
}
