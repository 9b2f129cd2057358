package dev.dyad.core.dictionaries;

import java.util.Objects;

/**
 * A line of a dictionary file that was skipped, or an entry that could not be compiled into Dyad's
 * dictionaries, and why.
 *
 * @param file the file's name
 * @param line the 1-based line number
 * @param reason why, in a few words that group alike lines ("bad date", "no code")
 * @param text the line as written (trimmed), to find it by
 */
public record SkippedLine(String file, int line, String reason, String text) {
  public SkippedLine {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason + ": " + text;
  }
}
