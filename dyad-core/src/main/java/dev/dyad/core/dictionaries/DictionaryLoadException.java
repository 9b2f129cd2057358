package dev.dyad.core.dictionaries;

import java.nio.file.Path;

/**
 * A dictionary set that cannot be loaded at all: its config file or one of the files it names is
 * missing or unreadable, or the config names no verb or actor file. A bad line inside a file is
 * never this: it is skipped and reported in the {@link LoadSummary}.
 */
public final class DictionaryLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  DictionaryLoadException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  DictionaryLoadException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }
}
