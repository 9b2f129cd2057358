package dev.dyad.core.dictionaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what reading and compiling one file gave, for its {@link FileSummary}. */
final class FileLog {
  private final String file;
  private final String role;
  private int read;
  private int merged;
  private final List<SkippedLine> skipped = new ArrayList<>();
  private final Map<String, Integer> notes = new LinkedHashMap<>();

  FileLog(String file, String role) {
    this.file = file;
    this.role = role;
  }

  String file() {
    return file;
  }

  void read() {
    read++;
  }

  void merged() {
    merged++;
  }

  void skip(Line line, String reason) {
    skip(line.number(), reason, line.trimmed());
  }

  void skip(int line, String reason, String text) {
    skipped.add(new SkippedLine(file, line, reason, printable(text)));
  }

  /** The text with control characters spelled out, so that a report prints cleanly. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && Character.isISOControl(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  void note(String note) {
    notes.merge(note, 1, Integer::sum);
  }

  FileSummary summary() {
    return new FileSummary(file, role, read, merged, skipped, notes);
  }
}
