package dev.dyad.core.actors;

/** A dictionary line that cannot be read; the message names the file and line. */
public final class DictionaryFormatException extends IllegalArgumentException {
  private final String file;
  private final int line;

  DictionaryFormatException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file (or resource) name as given to the loader. */
  public String file() {
    return file;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }
}
