package dev.dyad.report.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests, independent of the writer's code. */
final class CsvReader {
  private CsvReader() {}

  static List<List<String>> read(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean atFieldStart = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (atFieldStart && c == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("unterminated quote");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(q);
          i++;
        }
        atFieldStart = false;
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n') {
          throw new IllegalArgumentException("text after closing quote at " + i);
        }
        continue;
      }
      if (c == '"') {
        throw new IllegalArgumentException("bare quote in unquoted field at " + i);
      }
      if (c == '\r') {
        throw new IllegalArgumentException("bare CR in unquoted field at " + i);
      }
      if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        atFieldStart = true;
      } else {
        field.append(c);
        atFieldStart = false;
      }
      i++;
    }
    if (!row.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("last line has no line end");
    }
    return rows;
  }
}
