package dev.dyad.core.coding.patterns;

/** A pattern or word-class file line that does not parse; the message names file and line. */
public final class PatternFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PatternFormatException(String where, String message) {
    super(where + ": " + message);
  }
}
